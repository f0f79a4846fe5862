package io.fmscope.query.parser;

import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.SortKey;
import io.fmscope.query.syntax.Token;
import io.fmscope.query.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;

/** {@code sort}, {@code limit} and {@code dedup}: the commands that order or cut the row stream. */
final class OrderParser {
    /** The documented ceiling of {@code limit}. */
    static final long MAX_LIMIT = 100_000;

    private final Cursor c;
    private final ExpressionParser exprs;

    OrderParser(Cursor c, ExpressionParser exprs) {
        this.c = c;
        this.exprs = exprs;
    }

    /** {@code sort [by] key [asc|desc], ...}; the optional {@code by} appears in AWS samples. */
    Command sort(Token keyword) {
        if (c.atKeyword("by") && c.peek().is(TokenType.IDENT)) c.advance();
        List<SortKey> keys = new ArrayList<>();
        keys.add(key());
        while (c.at(TokenType.COMMA)) {
            c.advance();
            keys.add(key());
        }
        return new Command.Sort(keys, c.spanFrom(keyword.span()));
    }

    private SortKey key() {
        Expr e = exprs.parse();
        boolean descending = false;
        if (c.atKeyword("desc")) {
            c.advance();
            descending = true;
        } else if (c.atKeyword("asc")) {
            c.advance();
        }
        return new SortKey(e, descending, c.spanFrom(e.span()));
    }

    /** {@code limit n} or {@code limit any n}, 1 to 100,000. */
    Command limit(Token keyword) {
        boolean any = false;
        if (c.atKeyword("any") && c.peek().is(TokenType.NUMBER)) {
            c.advance();
            any = true;
        }
        Token n = c.expect(TokenType.NUMBER, "after 'limit'");
        long count;
        try {
            count = Long.parseLong(n.text());
        } catch (NumberFormatException e) {
            throw c.error("limit takes a whole number from 1 to " + MAX_LIMIT, n.span());
        }
        if (count < 1 || count > MAX_LIMIT) {
            throw c.error("limit takes a whole number from 1 to " + MAX_LIMIT + ", not " + n.text(), n.span());
        }
        return new Command.Limit(count, any, c.spanFrom(keyword.span()));
    }

    /** {@code dedup f1, f2, ...}. */
    Command dedup(Token keyword) {
        return new Command.Dedup(fieldList("dedup"), c.spanFrom(keyword.span()));
    }

    List<Expr.Field> fieldList(String command) {
        List<Expr.Field> fields = new ArrayList<>();
        fields.add(field(command));
        while (c.at(TokenType.COMMA)) {
            c.advance();
            fields.add(field(command));
        }
        return fields;
    }

    private Expr.Field field(String command) {
        Token t = c.current();
        if (!t.is(TokenType.IDENT) || (t.isWord() && ExpressionParser.RESERVED.contains(t.lower()))) {
            throw c.error(command + " takes field names but found " + t.describe());
        }
        c.advance();
        return new Expr.Field(t.segments(), t.span());
    }
}
