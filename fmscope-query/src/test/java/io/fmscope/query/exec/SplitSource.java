package io.fmscope.query.exec;

import io.fmscope.model.log.LogEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Test source: events in memory that split into {@code n} parts, recording the threads that read them. */
public final class SplitSource implements EventSource {
    private final List<LogEvent> events;
    private final int parts;
    private final Set<String> threads = ConcurrentHashMap.newKeySet();

    public SplitSource(List<LogEvent> events, int parts) {
        this.events = List.copyOf(events);
        this.parts = parts;
    }

    @Override
    public Stream<LogEvent> open() {
        threads.add(Thread.currentThread().getName());
        return events.stream();
    }

    @Override
    public List<EventSource> parts(int n) {
        int k = Math.min(n, parts);
        List<EventSource> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<LogEvent> slice = events.subList(events.size() * i / k, events.size() * (i + 1) / k);
            out.add(() -> {
                threads.add(Thread.currentThread().getName());
                return slice.stream();
            });
        }
        return out;
    }

    /** Names of the threads that opened a pass or a part. */
    public Set<String> threads() {
        return threads;
    }
}
