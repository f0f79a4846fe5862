package io.fmscope.query.parser;

import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.syntax.Token;
import io.fmscope.query.syntax.TokenType;
import java.util.List;

/** {@code unnest list into alias} and {@code unmask [fields]}. */
final class StructureParser {
    private final Cursor c;
    private final ExpressionParser exprs;
    private final OrderParser fields;

    StructureParser(Cursor c, ExpressionParser exprs, OrderParser fields) {
        this.c = c;
        this.exprs = exprs;
        this.fields = fields;
    }

    Command unnest(Token keyword) {
        Expr list = exprs.parse();
        c.expectKeyword("into", "after the unnest expression");
        String alias = c.expect(TokenType.IDENT, "after 'into'").value();
        return new Command.Unnest(list, alias, c.spanFrom(keyword.span()));
    }

    Command unmask(Token keyword) {
        List<Expr.Field> list = c.at(TokenType.IDENT) ? fields.fieldList("unmask") : List.of();
        return new Command.Unmask(list, c.spanFrom(keyword.span()));
    }
}
