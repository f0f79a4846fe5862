package io.fmscope.incidents.facts;

import java.util.List;

/**
 * What one log event contributes to the detector: its time, the population it belongs to, the countable signals
 * it counts in, and its metric values indexed by {@link Metric#ordinal()} (NaN when absent).
 */
public record EventFacts(long timestamp, Population population, List<SignalKey> keys, double[] metrics) {
    public EventFacts {
        keys = List.copyOf(keys);
    }

    /** Facts of an event the detector does not understand (not an FM application record). */
    public static EventFacts ignored(long timestamp) {
        return new EventFacts(timestamp, null, List.of(), new double[0]);
    }

    public boolean counted() {
        return population != null;
    }

    public double metric(Metric m) {
        return m.ordinal() < metrics.length ? metrics[m.ordinal()] : Double.NaN;
    }
}
