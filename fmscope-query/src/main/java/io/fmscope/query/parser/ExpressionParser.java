package io.fmscope.query.parser;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Expr.BinaryOp;
import io.fmscope.query.ast.Expr.UnaryOp;
import io.fmscope.query.ast.PeriodUnit;
import io.fmscope.query.ast.Span;
import io.fmscope.query.syntax.Token;
import io.fmscope.query.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Expressions by recursive descent with precedence climbing, loosest first:
 * {@code or < and < not < comparison, like, =~, in < + - < * / % < unary - < ^ < postfix [i] .k < primary}.
 * {@code ==} is read as {@code =}; {@code =~} as {@code like}. A word followed by {@code (} (blanks allowed,
 * as in {@code bin (1min)}) is a function call.
 */
final class ExpressionParser {
    /** Words that can never start or be an operand without backticks. */
    static final Set<String> RESERVED = Set.of("and", "or", "not", "like", "in", "as", "by");

    private final Cursor c;
    private final QueryParser queries;

    ExpressionParser(Cursor c, QueryParser queries) {
        this.c = c;
        this.queries = queries;
    }

    Expr parse() {
        return or();
    }

    private Expr or() {
        Expr left = and();
        while (c.atKeyword("or")) {
            c.advance();
            left = binary(BinaryOp.OR, left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (c.atKeyword("and")) {
            c.advance();
            left = binary(BinaryOp.AND, left, not());
        }
        return left;
    }

    private Expr not() {
        if (!c.atKeyword("not")) return comparison();
        Span start = c.advance().span();
        c.enter(start);
        Expr operand = not();
        c.exit();
        return new Expr.Unary(UnaryOp.NOT, operand, start.to(operand.span()));
    }

    private Expr comparison() {
        Expr left = additive();
        while (true) {
            Token t = c.current();
            BinaryOp op = comparisonOp(t.type());
            if (op != null) {
                c.advance();
                left = binary(op, left, additive());
            } else if (t.is(TokenType.MATCH) || t.isKeyword("like")) {
                c.advance();
                Expr pattern = additive();
                left = new Expr.Like(left, pattern, false, left.span().to(pattern.span()));
            } else if (t.isKeyword("in")) {
                c.advance();
                left = in(left, false);
            } else if (t.isKeyword("not") && (c.peek().isKeyword("like") || c.peek().isKeyword("in"))) {
                c.advance();
                boolean like = c.advance().isKeyword("like");
                if (like) {
                    Expr pattern = additive();
                    left = new Expr.Like(left, pattern, true, left.span().to(pattern.span()));
                } else {
                    left = in(left, true);
                }
            } else {
                return left;
            }
        }
    }

    private Expr in(Expr subject, boolean negated) {
        Expr set;
        if (c.at(TokenType.LBRACKET)) {
            set = array();
        } else if (c.at(TokenType.LPAREN)) {
            Span open = c.advance().span();
            c.enter(open);
            var query = queries.pipeline(true);
            c.expect(TokenType.RPAREN, "to close the subquery");
            c.exit();
            set = new Expr.Subquery(query, c.spanFrom(open));
        } else {
            throw c.error("expected '[' (a list) or '(' (a subquery) after 'in' but found " + c.current().describe());
        }
        return new Expr.In(subject, set, negated, subject.span().to(set.span()));
    }

    private static BinaryOp comparisonOp(TokenType t) {
        return switch (t) {
            case EQ, EQEQ -> BinaryOp.EQ;
            case NE -> BinaryOp.NE;
            case LT -> BinaryOp.LT;
            case LE -> BinaryOp.LE;
            case GT -> BinaryOp.GT;
            case GE -> BinaryOp.GE;
            default -> null;
        };
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (c.at(TokenType.PLUS) || c.at(TokenType.MINUS)) {
            BinaryOp op = c.advance().is(TokenType.PLUS) ? BinaryOp.ADD : BinaryOp.SUB;
            left = binary(op, left, multiplicative());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (c.at(TokenType.STAR) || c.at(TokenType.SLASH) || c.at(TokenType.PERCENT)) {
            TokenType t = c.advance().type();
            BinaryOp op = t == TokenType.STAR ? BinaryOp.MUL : t == TokenType.SLASH ? BinaryOp.DIV : BinaryOp.MOD;
            left = binary(op, left, unary());
        }
        return left;
    }

    private Expr unary() {
        if (!c.at(TokenType.MINUS)) return power();
        Span start = c.advance().span();
        c.enter(start);
        Expr operand = unary();
        c.exit();
        return new Expr.Unary(UnaryOp.NEG, operand, start.to(operand.span()));
    }

    private Expr power() {
        Expr base = postfix();
        if (!c.at(TokenType.CARET)) return base;
        c.advance();
        c.enter(base.span());
        Expr exponent = unary();
        c.exit();
        return binary(BinaryOp.POW, base, exponent);
    }

    private Expr postfix() {
        Expr e = primary();
        while (true) {
            if (c.at(TokenType.LBRACKET)) {
                c.enter(c.advance().span());
                Expr index = parse();
                c.expect(TokenType.RBRACKET, "to close the index");
                c.exit();
                e = new Expr.Index(e, index, c.spanFrom(e.span()));
            } else if (c.at(TokenType.DOT)) {
                c.advance();
                Token key = c.expect(TokenType.IDENT, "after '.'");
                for (String segment : key.segments()) e = new Expr.Member(e, segment, e.span().to(key.span()));
            } else {
                return e;
            }
        }
    }

    private Expr primary() {
        Token t = c.current();
        return switch (t.type()) {
            case NUMBER -> new Expr.NumberLit(c.advance().text(), t.span());
            case DURATION -> duration(c.advance());
            case STRING -> new Expr.StringLit(c.advance().value(), t.span());
            case SLASH -> regex();
            case LBRACKET -> array();
            case LPAREN -> parenthesized();
            case IDENT -> identifier();
            case STAR -> throw c.error("'*' is only allowed as the argument of count(*)");
            default -> throw c.error("expected an expression but found " + t.describe());
        };
    }

    private Expr regex() {
        Token r = c.regexAtCurrent();
        Regexes.translate(r.value(), r.span(), c);
        return new Expr.RegexLit(r.value(), r.span());
    }

    private Expr parenthesized() {
        Span open = c.advance().span();
        c.enter(open);
        Expr inner = parse();
        c.expect(TokenType.RPAREN, "to close '('");
        c.exit();
        return inner;
    }

    Expr.ArrayLit array() {
        Span open = c.advance().span();
        c.enter(open);
        List<Expr> items = new ArrayList<>();
        if (!c.at(TokenType.RBRACKET)) {
            items.add(parse());
            while (c.at(TokenType.COMMA)) {
                c.advance();
                items.add(parse());
            }
        }
        c.expect(TokenType.RBRACKET, "to close the list");
        c.exit();
        return new Expr.ArrayLit(items, c.spanFrom(open));
    }

    private Expr identifier() {
        Token t = c.current();
        if (t.isWord() && RESERVED.contains(t.lower())) {
            throw c.error("expected an expression but found the keyword '" + t.text() + "'");
        }
        c.advance();
        if (t.isWord() && c.at(TokenType.LPAREN)) return call(t);
        return new Expr.Field(t.segments(), t.span());
    }

    private Expr call(Token name) {
        c.enter(c.advance().span());
        List<Expr> args = new ArrayList<>();
        if (!c.at(TokenType.RPAREN)) {
            args.add(argument());
            while (c.at(TokenType.COMMA)) {
                c.advance();
                args.add(argument());
            }
        }
        c.expect(TokenType.RPAREN, "to close the arguments of " + name.text() + "(");
        c.exit();
        return new Expr.Call(name.text(), args, c.spanFrom(name.span()));
    }

    private Expr argument() {
        return c.at(TokenType.STAR) ? new Expr.Star(c.advance().span()) : parse();
    }

    private Expr duration(Token t) {
        String text = t.text();
        int i = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) i++;
        long amount;
        try {
            amount = Long.parseLong(text.substring(0, i));
        } catch (NumberFormatException e) {
            throw c.error("time period too large: " + text, t.span());
        }
        if (amount <= 0) throw c.error("a time period must be positive: " + text, t.span());
        return new Expr.DurationLit(amount, PeriodUnit.parse(text.substring(i)), t.span());
    }

    private static Expr binary(BinaryOp op, Expr left, Expr right) {
        return new Expr.Binary(op, left, right, left.span().to(right.span()));
    }
}
