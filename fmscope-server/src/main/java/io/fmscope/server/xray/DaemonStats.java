package io.fmscope.server.xray;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters of the UDP daemon: datagrams received, documents and spans accepted, drops by reason. */
public final class DaemonStats {
    private final LongAdder received = new LongAdder();
    private final LongAdder documents = new LongAdder();
    private final LongAdder spans = new LongAdder();
    private final Map<String, LongAdder> dropped = new ConcurrentHashMap<>();

    void received() {
        received.increment();
    }

    void accepted(int spanCount) {
        documents.increment();
        spans.add(spanCount);
    }

    void dropped(String reason) {
        dropped.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    public record Snapshot(@JsonProperty("datagrams") long datagrams, @JsonProperty("documents") long documents,
                           @JsonProperty("spans") long spans, @JsonProperty("dropped") Map<String, Long> dropped) {

        public long droppedTotal() {
            return dropped.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Snapshot snapshot() {
        Map<String, Long> d = new TreeMap<>();
        dropped.forEach((k, v) -> d.put(k, v.sum()));
        return new Snapshot(received.sum(), documents.sum(), spans.sum(), d);
    }
}
