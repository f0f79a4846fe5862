package io.fmscope.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.StorageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches written together by one leader: each caller sees its own outcome, and nothing else changes. */
class GroupCommitTest {
    @TempDir Path dir;

    @Test void aFailingUnitFailsAloneAndTheOthersAreWritten() throws Exception {
        List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstGroupStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer> commit = new GroupCommit<>(u -> 1, 10, group -> {
            List<Integer> units = group.stream().map(GroupCommit.Pending::work).toList();
            groups.add(units);
            firstGroupStarted.countDown();
            await(release);
            for (GroupCommit.Pending<Integer> p : group) {
                if (p.work() == 13) {
                    p.done().completeExceptionally(new IllegalStateException("unlucky"));
                } else {
                    p.done().complete(null);
                }
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<?> leader = pool.submit(() -> commit.submit(1));
            firstGroupStarted.await();
            List<Future<?>> followers = new ArrayList<>();
            for (int unit : List.of(2, 13, 4)) {
                followers.add(pool.submit(() -> commit.submit(unit)));
            }
            while (commit.queued() < 3) {
                Thread.sleep(5); // the followers queue behind the busy leader
            }
            release.countDown();
            leader.get();
            followers.get(0).get();
            followers.get(2).get();
            assertThatThrownBy(() -> followers.get(1).get()).hasRootCauseMessage("unlucky");
        } finally {
            pool.shutdownNow();
        }
        assertThat(groups.get(0)).containsExactly(1);
        assertThat(groups.subList(1, groups.size()).stream().flatMap(List::stream)).containsExactlyInAnyOrder(2, 13, 4);
        assertThat(groups).hasSizeLessThanOrEqualTo(3);
    }

    @Test void concurrentBatchesToTheStoreKeepTheirOwnOutcome() throws Exception {
        try (DuckLogStore store = DuckLogStore.open(dir)) {
            store.groups().create("g", 0);
            for (int s = 0; s < 4; s++) {
                store.streams().create("g", "s" + s, 0);
            }
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<?>> good = new ArrayList<>();
                for (int s = 0; s < 4; s++) {
                    String stream = "s" + s;
                    good.add(pool.submit(() -> {
                        for (int b = 0; b < 20; b++) {
                            store.writer().append(batch(stream, b, 50));
                        }
                        return null;
                    }));
                }
                Future<?> bad = pool.submit(() -> {
                    store.writer().append(batch("missing", 0, 10));
                    return null;
                });
                for (Future<?> f : good) {
                    f.get();
                }
                assertThatThrownBy(bad::get).hasCauseInstanceOf(StorageException.class);
            } finally {
                pool.shutdownNow();
            }
            long n = 0;
            try (var scan = store.reader().scan().logGroups(List.of("g")).open()) {
                while (scan.hasNext()) {
                    scan.next();
                    n++;
                }
            }
            assertThat(n).isEqualTo(4 * 20 * 50);
            for (int s = 0; s < 4; s++) {
                assertThat(store.streams().find("g", "s" + s).orElseThrow().uploadSequenceToken()).isEqualTo(20);
            }
        }
    }

    private static List<LogEvent> batch(String stream, int b, int n) {
        List<LogEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new LogEvent(1000L * b + i, 5, "{\"b\":" + b + ",\"" + stream + "\":" + i + "}", stream, "g",
                    String.format("%s-%04d-%04d", stream, b, i)));
        }
        return out;
    }

    private static void await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
