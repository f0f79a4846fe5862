package io.fmscope.incidents.diagnose;

import io.fmscope.incidents.facts.Family;
import io.fmscope.incidents.facts.Metric;
import io.fmscope.incidents.facts.Population;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Logs Insights queries that show a draft: a time series (its rate or quantiles per bin, before and during)
 * and the first affected events. Plain query language, so a user can paste them into StartQuery or
 * {@code fmscope query}.
 */
final class QueryTexts {
    static final String EXAMPLE_FIELDS = "@timestamp, @log, @logStream, @message";

    private QueryTexts() {}

    /** Per-bin counts or quantiles of the draft's signal. */
    static String series(Draft d, CauseDetails details, String bin) {
        if (d.metric() != null) {
            Metric m = d.metric();
            String f = m.field();
            String type = m.population().logType();
            if (m.isLatency()) {
                return "filter log_type = \"" + type + "\" and " + f + " > 0\n| stats count(*) as records, pct(" + f
                        + ", 50) as p50_ms, pct(" + f + ", 90) as p90_ms, pct(" + f + ", 99) as p99_ms by bin(" + bin + ")";
            }
            return "filter log_type = \"" + type + "\"\n| stats count(*) as records, avg(" + f + ") as avg, pct(" + f
                    + ", 90) as p90 by bin(" + bin + ")";
        }
        String type = d.key().family().population().logType();
        String what = condition(d, details);
        // if(..., 1, 0): a record without the field counts 0 rather than leaving the bin's sum empty
        return "filter log_type = \"" + type + "\"\n| stats count(*) as records, sum(if(" + what + ", 1, 0)) as matching"
                + " by bin(" + bin + ")";
    }

    /** The first affected events after the draft started. */
    static String examples(Draft d, CauseDetails details) {
        if (d.metric() != null) {
            Metric m = d.metric();
            String cmp = m.worseUp() ? " >= " : " < ";
            return "fields " + EXAMPLE_FIELDS + ", " + ids(m.population()) + ", " + m.field() + "\n| filter log_type = \""
                    + m.population().logType() + "\" and " + m.field() + cmp + number(d.threshold())
                    + "\n| sort @timestamp asc\n| limit 5";
        }
        Population pop = d.key().family().population();
        String extra = d.key().family() == Family.CAUSE ? ", error.error_type, error.error_message" : "";
        return "fields " + EXAMPLE_FIELDS + ", " + ids(pop) + extra + "\n| filter log_type = \"" + pop.logType()
                + "\" and " + condition(d, details) + "\n| sort @timestamp asc\n| limit 5";
    }

    /** The boolean expression that selects the draft's events. */
    static String condition(Draft d, CauseDetails details) {
        return switch (d.key().family()) {
            case CAUSE -> details != null && details.allDeclared(d.category())
                    ? "error.root_cause_category = " + quote(d.category())
                    : details != null && !details.types.isEmpty()
                            ? "error.error_type in [" + details.types.stream().map(QueryTexts::quote)
                                    .collect(Collectors.joining(", ")) + "]"
                            : "ispresent(error.error_type)";
            case RAG_EMPTY -> "results_returned = 0";
            case CACHE_MISS -> "cost.was_cached = 0";
            case TRUNCATED -> "resilience.truncation_applied = 1";
            case SESSION -> "event_type = " + quote(d.key().name());
            default -> throw new IllegalArgumentException("no query for " + d.key());
        };
    }

    private static String ids(Population p) {
        return p == Population.CALLS ? "metadata.request_id, metadata.trace_id"
                : p == Population.RETRIEVALS ? "request_id, trace_id" : "session_id, trace_id";
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
