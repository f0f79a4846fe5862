package io.fmscope.query.exec;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.functions.FunctionRegistry;
import io.fmscope.query.functions.FunctionSpec;
import io.fmscope.query.functions.Operators;
import io.fmscope.query.functions.RegexBudgetException;
import io.fmscope.query.functions.SafeRegex;
import io.fmscope.query.regex.JavaRegex;
import io.fmscope.query.value.Arithmetic;
import io.fmscope.query.value.Comparison;
import io.fmscope.query.value.ListValue;
import io.fmscope.query.value.MapValue;
import io.fmscope.query.value.NumberText;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Compiles analyzed expressions into {@link Eval} closures over rows. Literals (numbers, strings, lists of
 * literals, regexes) are built once; {@code and}/{@code or} short-circuit; a regex that gives up on one row
 * (step budget) counts as no match there and is counted in the statistics.
 */
final class ExprCompiler {
    private final FunctionRegistry functions;
    private final ScanLayout layout;
    private final ExecContext ctx;

    ExprCompiler(FunctionRegistry functions, ScanLayout layout, ExecContext ctx) {
        this.functions = functions;
        this.layout = layout;
        this.ctx = ctx;
    }

    Eval compile(Expr e) {
        return switch (e) {
            case Expr.NumberLit n -> constant(number(n.text()));
            case Expr.StringLit s -> constant(Value.of(s.value()));
            case Expr.RegexLit r -> constant(Value.of(r.source()));
            case Expr.DurationLit d -> constant(Value.of(d.amount() + d.unit().symbol()));
            case Expr.ArrayLit a -> list(a);
            case Expr.Field f -> new FieldEval(f.path(), layout);
            case Expr.Star s -> constant(Value.TRUE);
            case Expr.Call c -> call(c);
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> binary(b);
            case Expr.Like l -> like(l);
            case Expr.In i -> in(i);
            case Expr.Subquery q -> throw new IllegalArgumentException("a subquery is only valid after 'in'");
            case Expr.Index i -> index(i);
            case Expr.Member m -> {
                Eval target = compile(m.target());
                String key = m.key();
                yield row -> FieldEval.member(target.eval(row), key);
            }
        };
    }

    static Value number(String text) {
        Value v = NumberText.parse(text);
        return v.isNull() ? Value.of(Double.parseDouble(text)) : v;
    }

    private static Eval constant(Value v) {
        return row -> v;
    }

    private Eval list(Expr.ArrayLit a) {
        List<Eval> items = a.items().stream().map(this::compile).toList();
        if (a.items().stream().allMatch(ExprCompiler::isLiteral)) {
            Value folded = Value.list(items.stream().map(i -> i.eval(null)).toList());
            return constant(folded);
        }
        return row -> Value.list(items.stream().map(i -> i.eval(row)).toList());
    }

    private static boolean isLiteral(Expr e) {
        return e instanceof Expr.NumberLit || e instanceof Expr.StringLit || e instanceof Expr.RegexLit
                || (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG && u.operand() instanceof Expr.NumberLit);
    }

    private Eval call(Expr.Call c) {
        FunctionSpec spec = functions.lookup(c.name())
                .orElseThrow(() -> new IllegalArgumentException("unknown function " + c.name()));
        if (spec.isAggregate()) throw new IllegalArgumentException("aggregate outside stats: " + c.name());
        Eval[] args = c.args().stream().map(this::compile).toArray(Eval[]::new);
        var f = spec.scalar();
        return row -> {
            Value[] values = new Value[args.length];
            for (int i = 0; i < args.length; i++) values[i] = args[i].eval(row);
            return ctx.guard(() -> f.apply(row, values), spec.name());
        };
    }

    private Eval unary(Expr.Unary u) {
        Eval operand = compile(u.operand());
        return u.op() == Expr.UnaryOp.NOT
                ? row -> Operators.not(operand.eval(row))
                : row -> Arithmetic.negate(operand.eval(row));
    }

    private Eval binary(Expr.Binary b) {
        Eval l = compile(b.left());
        Eval r = compile(b.right());
        return switch (b.op()) {
            case AND -> row -> {
                Value a = l.eval(row);
                if (!a.isNull() && !a.truthy()) return Value.FALSE;
                return Operators.and(a, r.eval(row));
            };
            case OR -> row -> {
                Value a = l.eval(row);
                if (a.truthy()) return Value.TRUE;
                return Operators.or(a, r.eval(row));
            };
            default -> {
                BinaryOperator<Value> op = switch (b.op()) {
                    case EQ -> Comparison::eq;
                    case NE -> Comparison::ne;
                    case LT -> Comparison::lt;
                    case LE -> Comparison::le;
                    case GT -> Comparison::gt;
                    case GE -> Comparison::ge;
                    case ADD -> Arithmetic::add;
                    case SUB -> Arithmetic::subtract;
                    case MUL -> Arithmetic::multiply;
                    case DIV -> Arithmetic::divide;
                    case MOD -> Arithmetic::modulo;
                    case POW -> Arithmetic::power;
                    default -> throw new IllegalStateException(b.op().name());
                };
                yield row -> op.apply(l.eval(row), r.eval(row));
            }
        };
    }

    private Eval like(Expr.Like l) {
        Eval subject = compile(l.subject());
        Eval test;
        if (l.pattern() instanceof Expr.RegexLit r) {
            SafeRegex regex = SafeRegex.compile(JavaRegex.translate(r.source()).javaSource());
            test = row -> {
                try {
                    return Operators.likeRegex(subject.eval(row), regex);
                } catch (RegexBudgetException e) {
                    ctx.regexGaveUp();
                    return Value.NULL;
                }
            };
        } else {
            Eval pattern = compile(l.pattern());
            test = row -> {
                Value p = pattern.eval(row);
                String needle = p.isNull() || p instanceof MapValue || p instanceof ListValue ? null : p.asText();
                return needle == null ? Value.NULL : Operators.likeText(subject.eval(row), needle);
            };
        }
        return l.negated() ? row -> Operators.not(test.eval(row)) : test;
    }

    private Eval in(Expr.In i) {
        Eval subject = compile(i.subject());
        Eval set = i.set() instanceof Expr.Subquery q ? ctx.subquery(q) : compile(i.set());
        return row -> {
            Value s = set.eval(row);
            if (!(s instanceof ListValue list)) return Value.NULL;
            Value v = subject.eval(row);
            return i.negated() ? Operators.notIn(v, list) : Operators.in(v, list);
        };
    }

    private Eval index(Expr.Index i) {
        Eval target = compile(i.target());
        Eval index = compile(i.index());
        return row -> {
            Value t = target.eval(row);
            Value k = index.eval(row);
            if (t instanceof ListValue l) return FieldEval.element(l, k);
            if (t instanceof MapValue m && !k.isNull()) return FieldEval.member(m, k.asText());
            return Value.NULL;
        };
    }

    List<Eval> compileAll(List<Expr> exprs) {
        List<Eval> out = new ArrayList<>(exprs.size());
        for (Expr e : exprs) out.add(compile(e));
        return out;
    }
}
