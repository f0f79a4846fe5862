package io.fmscope.traces.sampling;

/** How one rule decided: traces it matched, kept through the reservoir, kept by the fixed rate, dropped. */
public record RuleStats(String rule, long matched, long keptByReservoir, long keptByRate, long sampledOut) {
    public long kept() {
        return keptByReservoir + keptByRate;
    }
}
