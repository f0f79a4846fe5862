package io.fmscope.traces.metrics;

/**
 * GenAI usage of one model: calls, tokens and cost. Cost is summed in integer nano-dollars so totals are
 * exact and independent of the order spans arrive in (doubles would differ in the last bits).
 */
public record TokenTotals(long calls, long inputTokens, long outputTokens, long costNanoUsd) {
    public static final TokenTotals ZERO = new TokenTotals(0, 0, 0, 0);

    public double costUsd() {
        return costNanoUsd / 1e9;
    }

    public TokenTotals plus(TokenTotals o) {
        return new TokenTotals(calls + o.calls, inputTokens + o.inputTokens, outputTokens + o.outputTokens,
                costNanoUsd + o.costNanoUsd);
    }
}
