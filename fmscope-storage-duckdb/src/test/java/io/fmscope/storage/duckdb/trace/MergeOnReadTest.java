package io.fmscope.storage.duckdb.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.Outcome;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.trace.TraceQuery;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The append-only layout keeps every version of a key; summaries must follow the live version only, also
 * when a completed span is rewritten with other times or flags in a later batch (a multi-part trace).
 */
class MergeOnReadTest {
    private static final long T0 = 1_700_000_000_000_000_000L;
    private static final long MS = 1_000_000L;
    @TempDir Path dir;

    private static Span root(TraceId t, long start, long end, boolean fault) {
        return Span.builder(t, SpanId.parse("00000000000000a1"), "api").service("api").startNanos(start).endNanos(end)
                .outcome(new Outcome(false, false, fault)).build();
    }

    @Test void aRewrittenCompletedSpanMovesTheSummary() {
        TraceId t = TraceId.parse("5759e988bd862e3fe1be46a994272793");
        try (DuckTraceStore store = DuckTraceStore.open(dir)) {
            store.writer().write(List.of(root(t, T0, T0 + 10 * MS, true)));
            store.writer().write(List.of(root(t, T0 + 5 * MS, T0 + 9 * MS, false)));
            assertThat(store.reader().find(TraceQuery.between(T0, T0 + 5 * MS))).isEmpty();
            assertThat(store.reader().find(TraceQuery.between(T0 + 5 * MS, T0 + 6 * MS))).hasSize(1);
            assertThat(store.reader().find(TraceQuery.between(T0, T0 + 6 * MS).withIssuesOnly(true))).isEmpty();
            assertThat(store.reader().find(TraceQuery.between(T0, T0 + 6 * MS).withMinDurationNanos(5 * MS)))
                    .isEmpty();
            assertThat(store.reader().spanCount()).isEqualTo(1);
            assertThat(store.writer().deleteTracesBefore(T0 + 9 * MS)).isZero(); // last activity is T0 + 9 ms
            assertThat(store.writer().deleteTracesBefore(T0 + 9 * MS + 1)).isEqualTo(1);
            assertThat(store.reader().trace(t)).isEmpty();
            assertThat(store.reader().spanCount()).isZero();
        }
    }

    @Test void rowsOfEveryVersionStayUntilRetentionButReadOnce() throws Exception {
        TraceId t = TraceId.parse("0123456789abcdef0123456789abcdef");
        try (DuckTraceStore store = DuckTraceStore.open(dir)) {
            Span r = root(t, T0, T0 + 10 * MS, false);
            store.writer().write(List.of(r.toBuilder().inProgress(true).build()));
            store.writer().write(List.of(r));
            store.writer().write(List.of(r));
            try (var c = store.readerConnection(); var s = c.createStatement();
                 var rs = s.executeQuery("SELECT count(*) FROM spans")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(3);
            }
            assertThat(store.reader().trace(t).orElseThrow().spans()).containsExactly(r);
            assertThat(store.services().find("api").orElseThrow().spanCount()).isEqualTo(1);
        }
    }
}
