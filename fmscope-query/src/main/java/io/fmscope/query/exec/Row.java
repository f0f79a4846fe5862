package io.fmscope.query.exec;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.functions.EvalContext;
import io.fmscope.query.value.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * One row flowing through the operators. Event rows read the fields the scan resolved ({@code scanned}, indexed
 * by {@link ScanLayout}); fields that commands set go to an overlay that wins over the scan. Stats rows have only
 * the overlay. A row is also the {@link EvalContext} of the functions evaluated on it.
 */
public final class Row implements EvalContext {
    private final QueryWindow window;
    private final LogEvent event;
    private final long eventTime;
    private final ScanLayout layout;
    private final Value[] scanned;
    private Map<String, Value> overlay;

    /** An event row: {@code event} may be null when the source resolved the fields without building one. */
    Row(QueryWindow window, LogEvent event, long eventTime, ScanLayout layout, Value[] scanned) {
        this.window = window;
        this.event = event;
        this.eventTime = eventTime;
        this.layout = layout;
        this.scanned = scanned;
    }

    /** A row with no event behind it, e.g. a stats group. */
    static Row detached(QueryWindow window) {
        return new Row(window, null, NO_EVENT, null, null);
    }

    private static final long NO_EVENT = Long.MIN_VALUE;

    public Value get(String name) {
        return get(name, layout == null ? -1 : layout.index(name));
    }

    /** As {@link #get(String)} with the scan slot resolved in advance ({@code -1} when none). */
    Value get(String name, int scanIndex) {
        if (overlay != null) {
            Value v = overlay.get(name);
            if (v != null) return v;
        }
        if (scanIndex >= 0 && scanned != null) return scanned[scanIndex];
        return Value.NULL;
    }

    void set(String name, Value value) {
        if (overlay == null) overlay = new HashMap<>(8);
        overlay.put(name, value);
    }

    /** A copy whose overlay can change independently (unnest). */
    Row copy() {
        Row r = new Row(window, event, eventTime, layout, scanned);
        if (overlay != null) r.overlay = new HashMap<>(overlay);
        return r;
    }

    ScanLayout layout() {
        return layout;
    }

    /**
     * The event this row came from; null for stats rows, and for rows of sources that resolve fields while parsing
     * (files of JSON lines), which do not build events.
     */
    public LogEvent event() {
        return event;
    }

    @Override
    public Value timestamp() {
        return get("@timestamp");
    }

    /** Epoch ms of the row's @timestamp, or 0 when it has none (stats rows without a time). */
    long timestampMillis() {
        if (scanned != null && (overlay == null || !overlay.containsKey("@timestamp"))) return eventTime;
        long ms = io.fmscope.query.value.Coercion.toEpochMillis(timestamp());
        return ms == io.fmscope.query.value.TimeText.NO_TIME ? 0 : ms;
    }

    @Override
    public long queryStartMillis() {
        return window.startMillis();
    }

    @Override
    public long queryEndMillis() {
        return window.endMillis();
    }

    @Override
    public long nowMillis() {
        return window.nowMillis();
    }
}
