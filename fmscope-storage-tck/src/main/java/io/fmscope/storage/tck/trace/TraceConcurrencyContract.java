package io.fmscope.storage.tck.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.trace.TraceQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent writers and readers: nothing lost, no partial batch visible, no exception. */
public abstract class TraceConcurrencyContract extends TraceStoreContract {

    @Test public void concurrentWritersLoseNothing() throws Exception {
        int threads = 4;
        int batches = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    for (int b = 0; b < batches; b++) {
                        TraceId t = newTraceId();
                        Span root = root(t, "svc", T0 + b * MS, 5);
                        store.writer().write(List.of(root, child(root, "a", 1, 1), child(root, "b", 2, 1)));
                    }
                    return null;
                }));
            }
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    store.reader().find(TraceQuery.between(T0, T0 + 1000 * MS))
                            .forEach(tr -> assertThat(tr.spans()).hasSize(3));
                }
                return null;
            }));
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store.reader().spanCount()).isEqualTo(threads * batches * 3L);
        assertThat(store.reader().find(TraceQuery.between(T0, T0 + 1000 * MS))).hasSize(threads * batches);
    }
}
