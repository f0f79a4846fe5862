package io.fmscope.query.ast;

import java.util.List;

/**
 * {@code pattern expr}: groups the rows by the template the miner finds for {@code value} (a field, a parsed field
 * or a string expression) and returns one row per template.
 */
public record PatternCommand(Expr value, Span span) implements Command.Mining {
    @Override
    public String keyword() {
        return "pattern";
    }

    @Override
    public List<Expr> exprs() {
        return List.of(value);
    }

    @Override
    public PatternCommand withoutSpans() {
        return new PatternCommand(SpanStripper.strip(value), Span.NONE);
    }

    @Override
    public void unparse(StringBuilder out) {
        ExprPrinter.print(value, out.append("pattern "));
    }
}
