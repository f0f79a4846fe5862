package io.fmscope.query.json;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.value.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
