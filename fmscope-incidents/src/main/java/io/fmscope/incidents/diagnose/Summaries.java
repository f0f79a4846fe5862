package io.fmscope.incidents.diagnose;

import io.fmscope.incidents.facts.Metric;
import io.fmscope.incidents.facts.Population;
import io.fmscope.incidents.facts.SignalKey;
import io.fmscope.incidents.stats.LogHistogram;
import io.fmscope.incidents.stats.RateComparison;
import io.fmscope.incidents.stats.TailTest;
import java.util.Locale;

/** One-line descriptions of departures, with their numbers. */
final class Summaries {
    private Summaries() {}

    static String rate(String what, RateComparison c, String of) {
        return String.format(Locale.ROOT, "%s: %.1f%% of %s (%d of %d) vs %.2f%% before", what, 100 * c.rate(), of,
                c.x(), c.n(), 100 * c.baselineRate());
    }

    static String tail(Metric m, LogHistogram now, LogHistogram before, TailTest.Result r) {
        return String.format(Locale.ROOT, "%s: p50 %s, p90 %s vs p50 %s, p90 %s before; %.1f%% beyond %s vs %.1f%%",
                m.field(), value(now.quantile(0.5), m), value(now.quantile(0.9), m), value(before.quantile(0.5), m),
                value(before.quantile(0.9), m), 100 * r.rate().rate(), value(r.threshold(), m),
                100 * r.rate().baselineRate());
    }

    static String value(double v, Metric m) {
        return switch (m.unit()) {
            case "ms" -> String.format(Locale.ROOT, "%.0f ms", v);
            case "USD" -> String.format(Locale.ROOT, "$%.5f", v);
            case "tokens" -> String.format(Locale.ROOT, "%.0f tokens", v);
            default -> String.format(Locale.ROOT, "%.3f", v);
        };
    }

    static String describe(SignalKey k) {
        return switch (k.family()) {
            case RAG_EMPTY -> "vector searches returning nothing";
            case CACHE_MISS -> "calls not answered from the response cache";
            case TRUNCATED -> "calls with a truncated prompt";
            case SESSION -> "session events '" + k.name() + "'";
            default -> k.toString();
        };
    }

    static String records(Population p) {
        return switch (p) {
            case CALLS -> "calls";
            case RETRIEVALS -> "retrievals";
            case SESSION_EVENTS -> "session events";
        };
    }
}
