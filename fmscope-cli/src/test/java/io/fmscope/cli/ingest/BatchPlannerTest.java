package io.fmscope.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every batch the planner emits satisfies PutLogEvents' rules, and no event is lost or duplicated. */
class BatchPlannerTest {
    static final long H = 3_600_000L;

    private static void assertValid(List<BatchPlanner.Batch> batches) {
        for (BatchPlanner.Batch b : batches) {
            assertThat(b.events()).isNotEmpty().hasSizeLessThanOrEqualTo(10_000);
            assertThat(b.events().stream().mapToLong(BatchPlanner.Event::size).sum()).isLessThanOrEqualTo(1_048_576);
            assertThat(b.events()).extracting(BatchPlanner.Event::timestamp).isSorted();
            long span = b.events().get(b.events().size() - 1).timestamp() - b.events().get(0).timestamp();
            assertThat(span).isLessThanOrEqualTo(24 * H);
        }
    }

    @Test void countLimitCutsAtTenThousand() {
        BatchPlanner p = new BatchPlanner();
        List<BatchPlanner.Batch> out = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            out.addAll(p.add("s", new BatchPlanner.Event(25_000 - i, "m" + i)));
        }
        out.addAll(p.flush());
        assertValid(out);
        assertThat(out).extracting(b -> b.events().size()).containsExactly(10_000, 10_000, 5_000);
    }

    @Test void byteLimitCountsTwentySixBytesPerEvent() {
        BatchPlanner p = new BatchPlanner();
        List<BatchPlanner.Batch> out = new ArrayList<>();
        String big = "x".repeat(1_048_576 / 4 - 26);
        for (int i = 0; i < 9; i++) {
            out.addAll(p.add("s", new BatchPlanner.Event(i, big)));
        }
        out.addAll(p.flush());
        assertValid(out);
        assertThat(out.stream().mapToInt(b -> b.events().size()).sum()).isEqualTo(9);
        assertThat(out.get(0).events()).hasSize(4);
    }

    @Test void spanOverADayAndSeveralStreamsSplit() {
        BatchPlanner p = new BatchPlanner();
        List<BatchPlanner.Batch> out = new ArrayList<>();
        long[] times = {0, 30 * H, 5 * H, 24 * H, 49 * H};
        for (long t : times) {
            out.addAll(p.add("a", new BatchPlanner.Event(t, "a" + t)));
            out.addAll(p.add("b", new BatchPlanner.Event(t, "b" + t)));
        }
        out.addAll(p.flush());
        assertValid(out);
        assertThat(out).allSatisfy(b -> assertThat(b.events()).allMatch(e -> e.message().startsWith(b.stream())));
        assertThat(out.stream().filter(b -> b.stream().equals("a")).map(b -> b.events().size()).toList())
                .containsExactly(3, 2);
    }
}
