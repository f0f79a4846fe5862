package io.fmscope.traces.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.TraceId;
import io.fmscope.traces.MutableClock;
import io.fmscope.traces.synthetic.SyntheticRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TailSamplerTest {
    static final long T0 = 1_780_000_000_000L;
    final MutableClock clock = new MutableClock(T0);
    final List<Span> kept = new ArrayList<>();
    final SplittableRandom random = new SplittableRandom(1);

    TailSampler sampler(String rules, SamplerConfig config) {
        return new TailSampler(SamplingRules.parse(rules), config, kept::addAll, clock);
    }

    SamplerConfig config() {
        return SamplerConfig.defaults().withShards(2).withCompleteGrace(Duration.ofSeconds(1))
                .withDecisionWait(Duration.ofSeconds(30));
    }

    List<Span> request(int rootStatus) {
        TraceId id = TraceId.newXRay(T0 / 1000, random);
        return SyntheticRequest.of(id, T0 * 1_000_000L).cache(1).model("m", 100, 10, 5, 0.001).rootStatus(rootStatus).build();
    }

    Set<TraceId> keptIds() {
        return kept.stream().map(Span::traceId).collect(Collectors.toSet());
    }

    @Test void aCompleteTraceIsDecidedOnceQuietForTheGrace() {
        TailSampler s = sampler("rules: [{name: all, fixed_rate: 1}]", config());
        List<Span> t = request(0);
        s.offer(t);
        clock.advance(999);
        s.tick();
        assertThat(kept).isEmpty();
        assertThat(s.stats().bufferedTraces()).isEqualTo(1);
        clock.advance(1);
        s.tick();
        assertThat(kept).containsExactlyInAnyOrderElementsOf(t);
        assertThat(s.stats().decidedComplete()).isEqualTo(1);
    }

    @Test void oldestPendingIsTheFirstArrivalOfTheOldestUndecidedTrace() {
        TailSampler s = sampler("rules: [{name: all, fixed_rate: 1}]", config());
        assertThat(s.oldestPendingMillis()).isEqualTo(Long.MAX_VALUE);
        List<Span> first = request(0);
        List<Span> second = request(0);
        Span root = first.stream().filter(Span::isRoot).findFirst().orElseThrow();
        s.offer(first.stream().filter(x -> x != root).toList()); // no root yet: waits
        clock.advance(500);
        s.offer(second);
        assertThat(s.oldestPendingMillis()).isEqualTo(T0);
        clock.advance(1000);
        s.tick(); // the second is complete and quiet: decided; the first still waits
        assertThat(keptIds()).containsExactly(second.getFirst().traceId());
        assertThat(s.oldestPendingMillis()).isEqualTo(T0);
        s.offer(root);
        clock.advance(1000);
        s.tick();
        assertThat(s.oldestPendingMillis()).isEqualTo(Long.MAX_VALUE);
        s.offer(request(0));
        assertThat(s.oldestPendingMillis()).isEqualTo(clock.millis());
    }

    @Test void aSpanArrivingDuringTheGraceJoinsTheTrace() {
        TailSampler s = sampler("rules: [{name: all, fixed_rate: 1}]", config());
        List<Span> t = request(0);
        s.offer(t.subList(1, t.size()));
        clock.advance(600);
        s.offer(t.subList(0, 1));
        clock.advance(600);
        s.tick();
        assertThat(kept).isEmpty();
        clock.advance(400);
        s.tick();
        assertThat(kept).hasSize(t.size());
    }

    @Test void anIncompleteTraceWaitsForTheDecisionWait() {
        TailSampler s = sampler("rules: [{name: all, fixed_rate: 1}]", config());
        List<Span> t = request(0);
        s.offer(t.subList(0, 1));                       // a child whose root has not arrived
        clock.advance(29_999);
        s.tick();
        assertThat(kept).isEmpty();
        clock.advance(1);
        s.tick();
        assertThat(kept).hasSize(1);
        assertThat(s.stats().decidedWaitElapsed()).isEqualTo(1);
    }

    @Test void anInProgressSpanHoldsTheTraceUntilItsCompletedVersionArrives() {
        TailSampler s = sampler("rules: [{name: all, fixed_rate: 1}]", config());
        List<Span> t = request(0);
        Span child = t.get(0);
        s.offer(List.of(child.toBuilder().inProgress(true).build(), t.get(1), t.get(2)));
        clock.advance(5_000);
        s.tick();
        assertThat(kept).isEmpty();
        s.offer(child);
        clock.advance(1_000);
        s.tick();
        assertThat(kept).containsExactlyInAnyOrderElementsOf(t);
        assertThat(s.metrics().spans()).as("the in-progress version is not counted").isEqualTo(3);
    }

    @Test void lateSpansFollowTheirTracesDecision() {
        TailSampler s = sampler("rules: [{name: errors, priority: 1, match: {outcome: [fault]}, fixed_rate: 1}, {name: rest, fixed_rate: 0}]", config());
        List<Span> bad = request(500);
        List<Span> good = request(0);
        s.offer(bad.subList(1, 3));
        s.offer(good.subList(1, 3));
        clock.advance(1_000);
        s.tick();
        assertThat(keptIds()).containsExactly(bad.get(0).traceId());
        kept.clear();
        s.offer(List.of(bad.get(0), good.get(0)));
        assertThat(kept).containsExactly(bad.get(0));
        SamplerStats st = s.stats();
        assertThat(st.lateSpansKept()).isEqualTo(1);
        assertThat(st.lateSpansSampledOut()).isEqualTo(1);
        assertThat(st.bufferedTraces()).isZero();
    }

    @Test void forgottenDecisionsAreMadeAgainTheSameWayByTheHash() {
        String rules = "rules: [{name: half, fixed_rate: 0.5}]";
        TailSampler s = sampler(rules, config().withDecisionMemory(Duration.ofSeconds(10), 1000));
        List<List<Span>> traces = new ArrayList<>();
        for (int i = 0; i < 200; i++) traces.add(request(0));
        traces.forEach(t -> s.offer(t.subList(1, t.size())));
        clock.advance(1_000);
        s.tick();
        Set<TraceId> first = keptIds();
        assertThat(first).hasSizeBetween(50, 150);
        kept.clear();
        clock.advance(10_000);
        s.tick();
        traces.forEach(t -> s.offer(t.subList(0, 1)));   // late, after the decisions were forgotten
        clock.advance(30_000);
        s.tick();
        assertThat(keptIds()).isEqualTo(first);
        // another sampler instance (another node, a restart) agrees too
        kept.clear();
        TailSampler other = sampler(rules, config());
        traces.forEach(other::offer);
        clock.advance(1_000);
        other.tick();
        assertThat(keptIds()).isEqualTo(first);
    }

    @Test void atTheTraceCapTheOldestIsDecidedEarlyAndMemoryStaysBounded() {
        TailSampler s = sampler("rules: [{name: errors, priority: 1, match: {outcome: [fault]}, fixed_rate: 1}, {name: rest, fixed_rate: 0}]",
                config().withShards(1).withMaxTraces(10));
        List<List<Span>> traces = new ArrayList<>();
        for (int i = 0; i < 25; i++) traces.add(request(i % 5 == 0 ? 500 : 0));
        for (List<Span> t : traces) {
            s.offer(t.subList(1, t.size()));   // roots only arrive later: every trace stays incomplete
            assertThat(s.stats().bufferedTraces()).isLessThanOrEqualTo(10);
        }
        SamplerStats st = s.stats();
        assertThat(st.decidedAtCap()).isEqualTo(15);
        assertThat(keptIds()).containsExactlyInAnyOrder(traces.get(0).get(0).traceId(), traces.get(5).get(0).traceId(),
                traces.get(10).get(0).traceId());
    }

    @Test void atTheSpanCapTheOldestIsDecidedEarly() {
        TailSampler s = sampler("rules: [{name: all, fixed_rate: 1}]", config().withShards(1).withMaxSpans(5));
        List<Span> a = request(0);
        List<Span> b = request(0);
        s.offer(a.subList(1, 3));
        s.offer(b.subList(1, 3));
        assertThat(s.stats().bufferedSpans()).isEqualTo(4);
        s.offer(b.subList(0, 1).stream().map(x -> x.toBuilder().spanId(new io.fmscope.model.trace.SpanId(99)).build()).toList());
        s.offer(b.subList(0, 1));
        assertThat(s.stats().decidedAtCap()).isEqualTo(1);
        assertThat(keptIds()).containsExactly(a.get(0).traceId());
        assertThat(s.stats().bufferedSpans()).isLessThanOrEqualTo(5);
    }

    @Test void theReservoirAddsUpToItsRatePerSecond() {
        TailSampler s = sampler("rules: [{name: r, fixed_rate: 0, reservoir_per_second: 2}]", config());
        for (int sec = 0; sec < 3; sec++) {
            for (int i = 0; i < 10; i++) s.offer(request(0));
            clock.advance(1_000);
            s.tick();
        }
        clock.advance(1_000);
        s.tick();
        RuleStats r = s.stats().rules().getFirst();
        assertThat(r.matched()).isEqualTo(30);
        assertThat(r.keptByReservoir()).isBetween(4L, 6L);
        assertThat(r.keptByRate()).isZero();
        assertThat(keptIds()).hasSize((int) r.keptByReservoir());
    }

    @Test void theFirstMatchingRuleByPriorityDecidesAndUnmatchedTracesAreDropped() {
        TailSampler s = sampler("""
                rules:
                  - {name: never-haiku, priority: 1, match: {attributes: {gen_ai.request.model: "*haiku*"}}, fixed_rate: 0}
                  - {name: orchestrator, priority: 2, match: {service: "manga-*", name: "fm-*"}, fixed_rate: 1}
                """, config());
        List<Span> sonnet = request(0);
        TraceId h = TraceId.newXRay(T0 / 1000, random);
        List<Span> haiku = SyntheticRequest.of(h, T0 * 1_000_000L).model("anthropic.claude-3-haiku", 50, 1, 1, 0).build();
        List<Span> other = SyntheticRequest.of(TraceId.newXRay(T0 / 1000, random), T0 * 1_000_000L).service("billing").cache(1).build();
        s.offer(sonnet);
        s.offer(haiku);
        s.offer(other);
        clock.advance(1_000);
        s.tick();
        assertThat(keptIds()).containsExactly(sonnet.get(0).traceId());
        assertThat(s.stats().unmatched()).isEqualTo(1);
        assertThat(s.stats().rules()).extracting(RuleStats::matched).containsExactly(1L, 1L);
    }

    @Test void concurrentOffersLoseNothing() throws Exception {
        TailSampler s = new TailSampler(SamplingRules.parse("rules: [{name: all, fixed_rate: 1}]"), config().withShards(4),
                spans -> { synchronized (kept) { kept.addAll(spans); } }, clock);
        int threads = 4, per = 2_000;
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int seed = k;
            ts.add(Thread.ofPlatform().start(() -> {
                SplittableRandom r = new SplittableRandom(seed);
                for (int i = 0; i < per; i++) {
                    s.offer(SyntheticRequest.of(TraceId.newXRay(T0 / 1000, r), T0 * 1_000_000L).cache(1).model("m", 5, 1, 1, 0).build());
                }
            }));
        }
        for (Thread t : ts) t.join();
        s.flush();
        assertThat(s.stats().tracesDecided()).isEqualTo(threads * per);
        assertThat(kept).hasSize(threads * per * 3);
        assertThat(s.metrics().traces()).isEqualTo(threads * per);
    }
}
