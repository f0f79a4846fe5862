package io.fmscope.query.json;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.value.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Resolves field names against events: system fields from the event, Lambda platform-line fields
 * ({@link LambdaFields}) when the message is such a line, every other name by lazy JSON discovery of
 * {@code @message}. Build one per query with the names it reads, then call {@link #resolve} per event. Thread-safe.
 */
public final class EventFields {
    private final List<String> names;
    private final int[] systemIndex;
    private final int[] discoveredSlot;
    private final FieldExtractor extractor;
    private final boolean wantsLambda;
    private final DiscoveryOptions options;

    public EventFields(Collection<String> names, DiscoveryOptions options) {
        this.names = List.copyOf(names);
        this.systemIndex = new int[this.names.size()];
        this.discoveredSlot = new int[this.names.size()];
        List<String> discovered = new ArrayList<>();
        for (int i = 0; i < this.names.size(); i++) {
            String n = this.names.get(i);
            systemIndex[i] = SystemFields.index(n);
            discoveredSlot[i] = systemIndex[i] >= 0 ? -1 : discovered.size();
            if (systemIndex[i] < 0) {
                discovered.add(n);
            }
        }
        this.extractor = new FieldExtractor(discovered, options);
        this.options = options;
        this.wantsLambda = discovered.stream().anyMatch(LambdaFields::isLambdaField);
    }

    public static EventFields of(Collection<String> names) {
        return new EventFields(names, DiscoveryOptions.DEFAULT);
    }

    public List<String> names() {
        return names;
    }

    /** Values of {@link #names()} for {@code e}, in order; NULL for absent fields. */
    public Value[] resolve(LogEvent e) {
        Value[] out = new Value[names.size()];
        resolve(e, out);
        return out;
    }

    /** As {@link #resolve(LogEvent)}, into {@code out}. */
    public void resolve(LogEvent e, Value[] out) {
        Value[] discovered = extractor.names().isEmpty() ? null : extractor.extract(e.message());
        if (wantsLambda && LambdaFields.isPlatformLine(e.message())) {
            Map<String, Value> lambda = LambdaFields.parse(e.message());
            List<String> names = extractor.names();
            for (int i = 0; i < names.size(); i++) {
                Value v = lambda.get(names.get(i));
                if (v != null) {
                    discovered[i] = v;
                }
            }
        }
        for (int i = 0; i < out.length && i < names.size(); i++) {
            out[i] = systemIndex[i] >= 0 ? SystemFields.get(e, systemIndex[i]) : discovered[discoveredSlot[i]];
        }
    }

    /** The discovery settings the fields are resolved with. */
    public DiscoveryOptions options() {
        return options;
    }

    /** The names resolved by JSON discovery (not system fields), in the order {@link #combine} takes them. */
    public List<String> discoveredNames() {
        return extractor.names();
    }

    /** Whether {@link #names()} include {@code @message} or {@code @ptr} (fields that need the event's text or id). */
    public boolean needsMessageOrId() {
        for (int i : systemIndex) {
            if (i == 1 || i == 5) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #resolve(LogEvent, Value[])} for a source that discovered the JSON fields itself while parsing a
     * message that is a JSON object (so no Lambda platform line).
     *
     * @param system     the event's system field by {@link SystemFields} index
     * @param discovered values of {@link #discoveredNames()}, in order
     */
    public void combine(IntFunction<Value> system, Value[] discovered, Value[] out) {
        for (int i = 0; i < out.length && i < names.size(); i++) {
            out[i] = systemIndex[i] >= 0 ? system.apply(systemIndex[i]) : discovered[discoveredSlot[i]];
        }
    }

    /**
     * Every field of {@code e}: system fields, then Lambda platform-line fields, then discovered JSON fields in
     * document order (as GetLogRecord shows).
     */
    public static Map<String, Value> all(LogEvent e, DiscoveryOptions options) {
        Map<String, Value> m = new LinkedHashMap<>();
        for (String n : SystemFields.NAMES) {
            m.put(n, SystemFields.get(e, n));
        }
        LambdaFields.parse(e.message()).forEach(m::putIfAbsent);
        new JsonFlattener(options).flatten(e.message()).fields().forEach(m::putIfAbsent);
        return m;
    }
}
