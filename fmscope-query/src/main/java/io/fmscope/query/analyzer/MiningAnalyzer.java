package io.fmscope.query.analyzer;

import io.fmscope.query.ast.AnomalyCommand;
import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.CommandExprs;
import io.fmscope.query.ast.DiffCommand;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Exprs;
import io.fmscope.query.ast.PatternCommand;
import io.fmscope.query.plan.AnomalyNode;
import io.fmscope.query.plan.PatternColumns;
import io.fmscope.query.plan.PatternNode;
import io.fmscope.query.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The plan steps of {@code pattern}, {@code diff} and {@code anomaly}. A {@code diff} right after {@code pattern}
 * belongs to its step; a {@code diff} alone mines {@code @message}. Where they may stand is checked by
 * {@link MiningOrder}.
 */
final class MiningAnalyzer {
    /** Functions whose result is a list or map, which cannot be mined. */
    private static final Set<String> STRUCTURES = Set.of("jsonparse", "split");

    private final AnalysisContext ctx;

    MiningAnalyzer(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    /**
     * One step. {@code value} is the mined expression (null for anomaly); an {@code aggregate} step replaces the
     * rows and the scope ({@code columns} shown, {@code visible} usable), a row step adds {@code columns}.
     */
    record Step(Expr value, UnaryOperator<PlanNode> build, boolean aggregate, List<String> columns,
                List<String> visible) {}

    /** The step of {@code commands.get(i)}, or null for a diff that belongs to the pattern before it. */
    Step step(List<Command> commands, int i) {
        Command c = commands.get(i);
        List<Command> after = commands.subList(i + 1, commands.size());
        return switch (c) {
            case PatternCommand p -> {
                checkValue(p.value());
                DiffCommand.Period diff = !after.isEmpty() && after.get(0) instanceof DiffCommand d ? d.period() : null;
                boolean details = diff == null && needsDetails(after);
                yield patternStep(p.value(), diff, details);
            }
            case DiffCommand d -> i > 0 && commands.get(i - 1) instanceof PatternCommand ? null
                    : patternStep(Expr.Field.of("@message", d.span()), d.period(), false);
            case AnomalyCommand a -> new Step(null, AnomalyNode::new, false, PatternColumns.ANOMALY_ADDED,
                    PatternColumns.ANOMALY_ADDED);
            default -> throw new IllegalArgumentException("not a mining command: " + c);
        };
    }

    private static Step patternStep(Expr value, DiffCommand.Period diff, boolean details) {
        List<String> shown = diff == null ? PatternColumns.PATTERN_SHOWN : PatternColumns.DIFF_SHOWN;
        List<String> visible = new ArrayList<>(shown);
        visible.addAll(diff == null ? PatternColumns.PATTERN_EXTRAS : PatternColumns.DIFF_EXTRAS);
        return new Step(value, in -> new PatternNode(in, value, diff, details), true, shown, visible);
    }

    /** Token values are extracted only for anomaly or when a later command reads {@code @tokens}. */
    private static boolean needsDetails(List<Command> after) {
        for (Command c : after) {
            if (c instanceof AnomalyCommand) return true;
            for (Expr e : CommandExprs.of(c)) {
                for (Expr.Field f : Exprs.fields(e)) if (f.name().equals(PatternColumns.TOKENS)) return true;
            }
        }
        return false;
    }

    /** Maps and lists are not allowed in pattern (reference 2.9): a literal list or a jsonParse/split result. */
    private void checkValue(Expr value) {
        if (value instanceof Expr.ArrayLit) {
            throw ctx.error("pattern mines text; a list cannot be mined", value.span());
        }
        if (value instanceof Expr.Call call && STRUCTURES.contains(call.name().toLowerCase(Locale.ROOT))) {
            throw ctx.error("pattern mines text; " + call.name() + "() returns a list or map, which cannot be mined"
                    + " (use jsonStringify() or a field inside it)", value.span());
        }
    }
}
