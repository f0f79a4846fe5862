package io.fmscope.storage.tck.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** X-Ray's overwrite rules: completed replaces in-progress, never the reverse; rewrites are idempotent. */
public abstract class TraceMergeContract extends TraceStoreContract {

    @Test public void completedSegmentOverwritesInProgress() {
        TraceId t = newTraceId();
        Span done = root(t, "api", T0, 300);
        Span partial = done.toBuilder().inProgress(true).build();
        store.writer().write(List.of(partial));
        assertThat(store.reader().trace(t).orElseThrow().spans()).containsExactly(partial);
        store.writer().write(List.of(done));
        assertThat(store.reader().trace(t).orElseThrow().spans()).containsExactly(done);
        assertThat(store.reader().spanCount()).isEqualTo(1);
    }

    @Test public void lateInProgressNeverHidesCompleted() {
        TraceId t = newTraceId();
        Span done = root(t, "api", T0, 300);
        store.writer().write(List.of(done));
        store.writer().write(List.of(done.toBuilder().inProgress(true).build()));
        assertThat(store.reader().trace(t).orElseThrow().spans()).containsExactly(done);
    }

    @Test public void sameKeyTwiceInOneBatchFollowsBatchOrder() {
        TraceId t = newTraceId();
        Span done = root(t, "api", T0, 300);
        Span newer = done.toBuilder().attribute("v", AttributeValue.of(2L)).build();
        store.writer().write(List.of(done.toBuilder().inProgress(true).build(), done, newer));
        assertThat(store.reader().trace(t).orElseThrow().spans()).containsExactly(newer);
    }

    @Test public void rewritingIsIdempotent() {
        TraceId t = newTraceId();
        Span root = root(t, "api", T0, 50);
        List<Span> batch = List.of(root, child(root, "db", 1, 10));
        store.writer().write(batch);
        store.writer().write(batch);
        Trace back = store.reader().trace(t).orElseThrow();
        assertThat(back.spans()).hasSize(2);
        assertThat(store.reader().spanCount()).isEqualTo(2);
    }

    @Test public void replacementThatStartsLaterMovesTheTraceStart() {
        TraceId t = newTraceId();
        Span early = root(t, "api", T0, 10).toBuilder().inProgress(true).build();
        Span later = early.toBuilder().inProgress(false).startNanos(T0 + 5 * MS).endNanos(T0 + 9 * MS).build();
        store.writer().write(List.of(early));
        store.writer().write(List.of(later));
        assertThat(store.reader().trace(t).orElseThrow().startNanos()).isEqualTo(T0 + 5 * MS);
        assertThat(store.reader().find(io.fmscope.storage.trace.TraceQuery.between(T0, T0 + 5 * MS))).isEmpty();
        assertThat(store.reader().find(io.fmscope.storage.trace.TraceQuery.between(T0 + 5 * MS, T0 + 6 * MS)))
                .hasSize(1);
    }
}
