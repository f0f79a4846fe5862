package io.fmscope.incidents.facts;

import io.fmscope.model.log.LogEvent;
import io.fmscope.patterns.TemplateMiner;
import io.fmscope.query.json.EventFields;
import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the facts the detector counts out of one log event, with the Logs Insights engine's own JSON field
 * discovery, so a signal means exactly what a query over the same field shows. Understands the three record
 * types of the fmscope SDK (the seed's FM_CALL, RAG_RETRIEVAL and SESSION_EVENT lines); other events are
 * ignored. Not thread-safe (the template miner and the categorizer's cache).
 */
public final class FactExtractor {
    private static final String[] CALL_FIELDS = {"log_type", "status", "error.error_type", "error.error_code",
        "error.error_message", "error.root_cause_category", "error.upstream_service", "error.retry_count",
        "resilience.retry_count", "resilience.fallback_used", "resilience.truncation_applied", "cost.was_cached",
        "results_returned", "event_type"};
    private static final int LOG_TYPE = 0, STATUS = 1, TYPE = 2, CODE = 3, MESSAGE = 4, ROOT_CAUSE = 5, SERVICE = 6,
            ERROR_RETRIES = 7, RETRIES = 8, FALLBACK = 9, TRUNCATED = 10, CACHED = 11, RESULTS = 12, EVENT_TYPE = 13;
    private static final Metric[] METRICS = Metric.values();

    private final EventFields fields;
    private final ErrorCategorizer categorizer;
    private final TemplateMiner templates;
    private final boolean causes;

    /** An extractor for the detector (no {@link Family#CAUSE} keys). */
    public FactExtractor(ErrorCategorizer categorizer, TemplateMiner templates) {
        this(categorizer, templates, false);
    }

    /** With {@code causes}, failed calls also count under {@link Family#CAUSE} (category and component). */
    public FactExtractor(ErrorCategorizer categorizer, TemplateMiner templates, boolean causes) {
        this.causes = causes;
        List<String> names = new ArrayList<>(Arrays.asList(CALL_FIELDS));
        for (Metric m : METRICS) names.add(m.field());
        this.fields = EventFields.of(names);
        this.categorizer = categorizer;
        this.templates = templates;
    }

    public EventFacts extract(LogEvent event) {
        Value[] v = fields.resolve(event);
        Population population = Population.ofLogType(text(v[LOG_TYPE]));
        if (population == null) return EventFacts.ignored(event.timestamp());
        List<SignalKey> keys = new ArrayList<>(6);
        switch (population) {
            case CALLS -> callKeys(v, keys);
            case RETRIEVALS -> {
                if (number(v[RESULTS]) == 0) keys.add(SignalKey.of(Family.RAG_EMPTY));
            }
            case SESSION_EVENTS -> {
                String type = text(v[EVENT_TYPE]);
                if (type != null && !type.isBlank()) keys.add(SignalKey.of(Family.SESSION, type));
            }
        }
        double[] metrics = new double[METRICS.length];
        for (Metric m : METRICS) {
            double x = m.population() == population ? number(v[CALL_FIELDS.length + m.ordinal()]) : Double.NaN;
            // A latency of 0 is the SDK's "not measured"; negative numbers are not measurements at all.
            metrics[m.ordinal()] = x < 0 || (x == 0 && m.isLatency()) ? Double.NaN : x;
        }
        return new EventFacts(event.timestamp(), population, keys, metrics);
    }

    private void callKeys(Value[] v, List<SignalKey> keys) {
        String status = text(v[STATUS]);
        String type = text(v[TYPE]);
        boolean hasError = type != null && !type.isBlank();
        boolean failed = hasError || isFailure(status);
        if (failed) {
            String code = text(v[CODE]);
            String message = text(v[MESSAGE]);
            String service = text(v[SERVICE]);
            keys.add(SignalKey.of(Family.ERRORS));
            String category = categorizer.category(text(v[ROOT_CAUSE]), type, code, message, service, status);
            keys.add(SignalKey.of(Family.CATEGORY, category));
            Component component = Component.of(service);
            if (component != Component.UNKNOWN) keys.add(SignalKey.of(Family.SERVICE, component.label()));
            if (causes) keys.add(SignalKey.of(Family.CAUSE, category + "@" + component.label()));
            if (hasError || (message != null && !message.isBlank())) {
                long id = templates.add(ErrorCategorizer.text(type, message)).templateId();
                keys.add(SignalKey.of(Family.TEMPLATE, Long.toString(id)));
            }
        }
        if (status != null && !status.equals("SUCCESS")) keys.add(SignalKey.of(Family.STATUS, status));
        if (number(v[RETRIES]) > 0 || number(v[ERROR_RETRIES]) > 0) keys.add(SignalKey.of(Family.RETRIED));
        if (v[FALLBACK].truthy()) keys.add(SignalKey.of(Family.FALLBACK));
        if (v[TRUNCATED].truthy()) keys.add(SignalKey.of(Family.TRUNCATED));
        if (!v[CACHED].isNull() && !v[CACHED].truthy()) keys.add(SignalKey.of(Family.CACHE_MISS));
    }

    /** Statuses that mean the user got no proper answer; PARTIAL alone is not a failure. */
    static boolean isFailure(String status) {
        return status != null && switch (status) {
            case "ERROR", "TIMEOUT", "THROTTLED", "CONTENT_FILTERED" -> true;
            default -> false;
        };
    }

    public TemplateMiner templates() {
        return templates;
    }

    private static String text(Value v) {
        return Coercion.toText(v);
    }

    /** The number a field reads as; NaN when absent or not numeric (NaN compares false with everything). */
    private static double number(Value v) {
        return Coercion.toDouble(v);
    }
}
