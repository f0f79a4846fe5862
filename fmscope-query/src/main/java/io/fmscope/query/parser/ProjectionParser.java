package io.fmscope.query.parser;

import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Projection;
import io.fmscope.query.syntax.Token;
import io.fmscope.query.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;

/** {@code fields} and {@code display}, and the {@code expr [as alias], ...} lists that stats also uses. */
final class ProjectionParser {
    private final Cursor c;
    private final ExpressionParser exprs;

    ProjectionParser(Cursor c, ExpressionParser exprs) {
        this.c = c;
        this.exprs = exprs;
    }

    Command fields(Token keyword) {
        List<Projection> items = list();
        return new Command.Fields(items, c.spanFrom(keyword.span()));
    }

    Command display(Token keyword) {
        List<Projection> items = list();
        return new Command.Display(items, c.spanFrom(keyword.span()));
    }

    List<Projection> list() {
        List<Projection> items = new ArrayList<>();
        items.add(one());
        while (c.at(TokenType.COMMA)) {
            c.advance();
            items.add(one());
        }
        return items;
    }

    Projection one() {
        Expr e = exprs.parse();
        String alias = alias();
        return new Projection(e, alias, c.spanFrom(e.span()));
    }

    /** {@code as name}, or null when the current token is not {@code as}. */
    String alias() {
        if (!c.atKeyword("as")) return null;
        c.advance();
        return c.expect(TokenType.IDENT, "after 'as'").value();
    }
}
