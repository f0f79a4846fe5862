package io.fmscope.storage.trace.memory;

import io.fmscope.model.trace.Span;
import io.fmscope.storage.trace.ServiceCatalog;
import io.fmscope.storage.trace.ServiceInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Derives the catalog from the stored spans on each call: simple and always consistent with the data. */
final class MemoryServiceCatalog implements ServiceCatalog {
    private final MemoryTraceState state;

    MemoryServiceCatalog(MemoryTraceState state) {
        this.state = state;
    }

    @Override public List<ServiceInfo> list() {
        return state.read(() -> List.copyOf(compute().values()));
    }

    @Override public Optional<ServiceInfo> find(String name) {
        return state.read(() -> Optional.ofNullable(compute().get(name)));
    }

    private Map<String, ServiceInfo> compute() {
        Map<String, ServiceInfo> out = new TreeMap<>();
        for (var spans : state.traces.values()) {
            for (Span s : spans.values()) {
                if (s.service().isEmpty()) {
                    continue;
                }
                ServiceInfo old = out.get(s.service());
                out.put(s.service(), old == null
                        ? new ServiceInfo(s.service(), s.origin(), 1, s.startNanos(), s.startNanos())
                        : new ServiceInfo(s.service(), s.origin() != null ? s.origin() : old.origin(),
                                old.spanCount() + 1, Math.min(old.firstSeenNanos(), s.startNanos()),
                                Math.max(old.lastSeenNanos(), s.startNanos())));
            }
        }
        return out;
    }
}
