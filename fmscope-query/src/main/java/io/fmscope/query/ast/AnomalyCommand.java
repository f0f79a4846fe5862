package io.fmscope.query.ast;

import java.util.List;

/** {@code anomaly}: after {@code pattern}, flags the patterns whose behaviour in the time range is unusual. */
public record AnomalyCommand(Span span) implements Command.Mining {
    @Override
    public String keyword() {
        return "anomaly";
    }

    @Override
    public List<Expr> exprs() {
        return List.of();
    }

    @Override
    public AnomalyCommand withoutSpans() {
        return new AnomalyCommand(Span.NONE);
    }

    @Override
    public void unparse(StringBuilder out) {
        out.append("anomaly");
    }
}
