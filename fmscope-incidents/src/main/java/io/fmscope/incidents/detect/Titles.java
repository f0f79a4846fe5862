package io.fmscope.incidents.detect;

import io.fmscope.incidents.Observation;
import java.util.Locale;

/** One-line texts for incidents and signals. */
final class Titles {
    private Titles() {}

    /** "{description}: 31.2% of calls vs 0.4% baseline" or, for metrics, the p90 now and before. */
    static String title(String description, Observation o) {
        if (o.distribution() != null) {
            var d = o.distribution();
            return String.format(Locale.ROOT, "%s: p90 %s vs %s baseline (%.1f%% beyond %s, baseline %.1f%%)",
                    description, number(d.p90(), d.unit()), number(d.baselineP90(), d.unit()), 100 * o.rate(),
                    number(d.threshold(), d.unit()), 100 * o.baselineRate());
        }
        return String.format(Locale.ROOT, "%s: %.1f%% vs %.2f%% baseline (%d of %d)", description, 100 * o.rate(),
                100 * o.baselineRate(), o.count(), o.population());
    }

    static String number(double v, String unit) {
        if (Double.isNaN(v)) return "-";
        return switch (unit) {
            case "ms" -> v >= 10_000 ? String.format(Locale.ROOT, "%.1f s", v / 1000) : String.format(Locale.ROOT, "%.0f ms", v);
            case "USD" -> String.format(Locale.ROOT, "$%.5f", v);
            case "tokens" -> String.format(Locale.ROOT, "%.0f tokens", v);
            default -> String.format(Locale.ROOT, "%.3f", v);
        };
    }
}
