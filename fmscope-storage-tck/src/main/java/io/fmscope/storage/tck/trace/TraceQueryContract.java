package io.fmscope.storage.tck.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.Outcome;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.trace.TraceQuery;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Time range on trace start, half-open; service, issues and duration filters; ordering and limit. */
public abstract class TraceQueryContract extends TraceStoreContract {

    private TraceId put(String service, long start, long durationMs, Outcome childOutcome) {
        TraceId t = newTraceId();
        Span root = root(t, service, start, durationMs);
        Span c = child(root, "dep", 1, 1).toBuilder().service("").outcome(childOutcome).build();
        store.writer().write(List.of(root, c));
        return t;
    }

    @Test public void rangeIsHalfOpenOnTraceStartAndOrdered() {
        TraceId late = put("a", T0 + 20 * MS, 5, Outcome.OK);
        TraceId first = put("a", T0, 5, Outcome.OK);
        TraceId mid = put("b", T0 + 10 * MS, 5, Outcome.OK);
        put("a", T0 + 30 * MS, 5, Outcome.OK);
        List<Trace> got = store.reader().find(TraceQuery.between(T0, T0 + 30 * MS));
        assertThat(got).extracting(Trace::traceId).containsExactly(first, mid, late);
    }

    @Test public void serviceFilterIncludesSubsegmentsThatInheritTheService() {
        TraceId a = put("a", T0, 5, Outcome.OK);
        put("b", T0 + MS, 5, Outcome.OK);
        List<Trace> got = store.reader().find(TraceQuery.between(T0, T0 + 100 * MS).withService("a"));
        assertThat(got).extracting(Trace::traceId).containsExactly(a);
        assertThat(store.reader().find(TraceQuery.between(T0, T0 + 100 * MS).withService("zzz"))).isEmpty();
    }

    @Test public void issuesFilterSeesFlagsAnywhereInTheTrace() {
        put("a", T0, 5, Outcome.OK);
        TraceId thr = put("a", T0 + MS, 5, new Outcome(true, true, false));
        TraceId fault = put("a", T0 + 2 * MS, 5, new Outcome(false, false, true));
        List<Trace> got = store.reader().find(TraceQuery.between(T0, T0 + 100 * MS).withIssuesOnly(true));
        assertThat(got).extracting(Trace::traceId).containsExactly(thr, fault);
    }

    @Test public void minimumDurationFilter() {
        put("a", T0, 5, Outcome.OK);
        TraceId slow = put("a", T0 + MS, 3000, Outcome.OK);
        List<Trace> got = store.reader().find(TraceQuery.between(T0, T0 + 100 * MS).withMinDurationNanos(3000 * MS));
        assertThat(got).extracting(Trace::traceId).containsExactly(slow);
    }

    @Test public void limitKeepsTheEarliest() {
        List<TraceId> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(put("a", T0 + i * MS, 1, Outcome.OK));
        }
        assertThat(store.reader().find(TraceQuery.between(T0, T0 + 100 * MS).withLimit(7)))
                .extracting(Trace::traceId).containsExactlyElementsOf(ids.subList(0, 7));
    }

    @Test public void deleteBeforeRemovesOnlyExpiredTraces() {
        TraceId old = put("a", T0, 5, Outcome.OK);
        TraceId fresh = put("a", T0 + 1000 * MS, 5, Outcome.OK);
        assertThat(store.writer().deleteTracesBefore(T0 + 500 * MS)).isEqualTo(1);
        assertThat(store.reader().trace(old)).isEmpty();
        assertThat(store.reader().trace(fresh)).isPresent();
        assertThat(store.reader().spanCount()).isEqualTo(2);
        assertThat(store.reader().find(TraceQuery.between(T0, T0 + 2000 * MS))).extracting(Trace::traceId)
                .containsExactly(fresh);
    }
}
