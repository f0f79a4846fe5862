package io.fmscope.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Writers on several threads lose nothing; readers running meanwhile see whole batches only. */
public abstract class ConcurrencyContract extends StoreContract {

    @Test public void concurrentWritersLoseNothingAndBatchesStayWhole() throws Exception {
        int writers = 4;
        int batches = 25;
        int perBatch = 40;
        for (int w = 0; w < writers; w++) {
            createStream("g", "w" + w);
        }
        List<LogEvent> expected = new ArrayList<>();
        List<List<List<LogEvent>>> plan = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            List<List<LogEvent>> mine = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                List<LogEvent> batch = new ArrayList<>();
                for (int i = 0; i < perBatch; i++) {
                    batch.add(event("g", "w" + w, T0 + b * 1000L + i, "{\"w\":" + w + ",\"b\":" + b + "}"));
                }
                mine.add(batch);
                expected.addAll(batch);
            }
            plan.add(mine);
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<List<LogEvent>> mine : plan) {
                done.add(pool.submit(() -> mine.forEach(store.writer()::append)));
            }
            Future<Boolean> reader = pool.submit(() -> {
                boolean whole = true;
                while (done.stream().anyMatch(f -> !f.isDone())) {
                    whole &= scanGroup("g").size() % perBatch == 0;
                }
                return whole;
            });
            for (Future<?> f : done) {
                f.get();
            }
            assertThat(reader.get()).as("every scan saw whole batches only").isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(scanGroup("g")).containsExactlyInAnyOrderElementsOf(expected);
    }
}
