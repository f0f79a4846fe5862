package io.fmscope.traces.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.Trace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColdStartAnalysisTest {

    @Test void slowFirstRequestsOnNewInstancesAndAfterQuietPeriodsAreFound() {
        Set<io.fmscope.model.trace.TraceId> injected = new HashSet<>();
        List<Trace> traces = new ArrayList<>();
        // the orchestrator: i-1 and i-2 from the start; i-3 joins at minute 10; nothing runs in minutes 20-30
        traces.addAll(Scenario.traffic(31, 0, 40, 1000, (c, b) -> {
            int m = c.minute();
            if (m >= 20 && m < 30) return;
            String instance = m >= 10 && c.index() % 3 == 2 ? "i-3" : c.index() % 2 == 0 ? "i-1" : "i-2";
            b.instance(instance);
            Scenario.normal(c, b, Scenario.SONNET);
        }).stream().filter(t -> t.spans().size() > 1).toList());
        // make the first request of i-3, and the first of each instance after the quiet gap, slow
        traces.sort(java.util.Comparator.comparingLong(Trace::startNanos));
        Set<String> seenAfterGap = new HashSet<>();
        boolean seenI3 = false;
        for (int i = 0; i < traces.size(); i++) {
            Trace t = traces.get(i);
            String inst = Instances.of(t.root());
            boolean firstI3 = inst.equals("i-3") && !seenI3;
            seenI3 |= inst.equals("i-3");
            boolean firstAfterGap = t.startNanos() >= Scenario.T0 + 30 * Scenario.MINUTE && seenAfterGap.add(inst);
            if (firstI3 || firstAfterGap) {
                traces.set(i, slower(t, 2_500));
                injected.add(t.traceId());
            }
        }
        // a second service with new instances but no slow first requests
        traces.addAll(Scenario.traffic(32, 0, 40, 2000, (c, b) -> {
            b.service("recs-service").instance(c.minute() < 15 ? "r-1" : "r-2");
            Scenario.normal(c, b, Scenario.HAIKU);
        }));
        ColdStartReport rep = ColdStartAnalysis.analyze(traces, Duration.ofMinutes(5));
        ColdStartReport.ServiceColdStarts top = rep.services().getFirst();
        assertThat(top.service()).isEqualTo("manga-assist-orchestrator");
        assertThat(top.slower()).isTrue();
        assertThat(top.extraMsPerColdStart()).isGreaterThan(2000);
        assertThat(top.requests()).extracting(ColdStartReport.ColdRequest::traceId).containsExactlyInAnyOrderElementsOf(injected);
        assertThat(top.requests()).extracting(ColdStartReport.ColdRequest::reason)
                .containsExactlyInAnyOrder(ColdStartReport.Reason.NEW_INSTANCE, ColdStartReport.Reason.AFTER_QUIET,
                        ColdStartReport.Reason.AFTER_QUIET, ColdStartReport.Reason.AFTER_QUIET);
        ColdStartReport.ServiceColdStarts recs = rep.services().get(1);
        assertThat(recs.service()).isEqualTo("recs-service");
        assertThat(recs.coldCount()).isEqualTo(1);
        assertThat(recs.slower()).isFalse();
    }

    @Test void declaredColdStartsCount() {
        List<Trace> traces = Scenario.traffic(33, 0, 5, 1000, (c, b) -> {
            Scenario.normal(c, b, Scenario.SONNET);
            if (c.index() % 50 == 0) b.coldStart(true).overheadMs(400);
        });
        ColdStartReport rep = ColdStartAnalysis.analyze(traces, Duration.ofMinutes(5));
        assertThat(rep.services().getFirst().requests()).hasSize(6)
                .allMatch(r -> r.reason() == ColdStartReport.Reason.DECLARED);
        assertThat(rep.services().getFirst().slower()).isTrue();
    }

    /** The same trace with its root (and so the request) {@code extraMs} longer, spent in the orchestrator. */
    static Trace slower(Trace t, long extraMs) {
        List<io.fmscope.model.trace.Span> spans = new ArrayList<>();
        long extra = extraMs * 1_000_000L;
        for (var s : t.spans()) {
            if (s.isRoot()) spans.add(s.toBuilder().endNanos(s.endNanos() + extra).build());
            else spans.add(s.toBuilder().startNanos(s.startNanos() + extra).endNanos(s.endNanos() + extra).build());
        }
        return new Trace(t.traceId(), spans);
    }
}
