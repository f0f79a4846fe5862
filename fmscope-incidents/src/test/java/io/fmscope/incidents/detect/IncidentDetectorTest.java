package io.fmscope.incidents.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.incidents.Incident;
import io.fmscope.incidents.IncidentSignal;
import io.fmscope.incidents.IncidentStatus;
import io.fmscope.incidents.testing.Fault;
import io.fmscope.incidents.testing.Traffic;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.model.log.LogEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IncidentDetectorTest {
    static final long START = 1_714_557_600_000L; // 2024-05-01T10:00:00Z
    static final ErrorCatalog CATALOG = ErrorCatalog.builtIn();

    /** Feeds {@code seconds} of traffic in 5-second batches, as an exporter would, and flushes the lateness. */
    static IncidentDetector run(long seed, int seconds, List<Fault> faults) {
        IncidentDetector d = new IncidentDetector(DetectorConfig.defaults(), CATALOG);
        Traffic traffic = new Traffic(START, 12, seed, faults);
        for (int s = 0; s < seconds; s += 5) d.accept(traffic.between(s, s + 5));
        d.advanceTo(START + seconds * 1000L);
        return d;
    }

    static long secondsAfterStart(java.time.Instant t) {
        return (t.toEpochMilli() - START) / 1000;
    }

    @Test
    void aHealthyHourOpensNoIncident() {
        for (long seed = 1; seed <= 2; seed++) {
            IncidentDetector d = run(seed, 3600, List.of());
            assertThat(d.incidents()).as("seed %d", seed).isEmpty();
            assertThat(d.status().baselineMinutes()).isEqualTo(30);
        }
    }

    @Test
    void aThrottlingBurstOpensOneIncidentQuicklyAndClosesItAfterwards() {
        IncidentDetector d = run(11, 1800, List.of(Fault.throttling(1200, 1500, 0.2)));
        assertThat(d.incidents()).hasSize(1);
        Incident i = d.incidents().getFirst();
        assertThat(secondsAfterStart(i.openedAt()) - 1200).as("time to detect").isBetween(0L, 60L);
        assertThat(i.signals()).extracting(IncidentSignal::signal).contains("category:MODEL_THROTTLE", "status:THROTTLED");
        assertThat(i.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(secondsAfterStart(i.recoveredAt())).isBetween(1500L, 1560L);
        assertThat(secondsAfterStart(i.closedAt())).isEqualTo(secondsAfterStart(i.recoveredAt()) + 120);
        IncidentSignal throttle = i.signals().stream().filter(s -> s.signal().equals("category:MODEL_THROTTLE")).findFirst().orElseThrow();
        assertThat(throttle.peak().rate()).isBetween(0.12, 0.35);
        assertThat(throttle.first().baselineRate()).isLessThan(0.01);
        assertThat(throttle.first().pValue()).isLessThan(1e-6);
        assertThat(throttle.component()).isNull();
        assertThat(i.title()).startsWith("MODEL_THROTTLE errors: ");
    }

    @Test
    void aSlowComponentDepartsAsItsLatencyTail() {
        var fault = new Fault.Latency(1200, 1500, 0.3, LatencyComponent.OPENSEARCH_QUERY, 8);
        IncidentDetector d = run(12, 1800, List.of(fault));
        assertThat(d.incidents()).hasSize(1);
        Incident i = d.incidents().getFirst();
        assertThat(secondsAfterStart(i.openedAt()) - 1200).isBetween(0L, 60L);
        IncidentSignal os = i.signals().stream().filter(s -> s.signal().equals("tail:opensearch_query_ms")).findFirst().orElseThrow();
        assertThat(os.component()).isEqualTo("opensearch");
        assertThat(os.first().distribution().p90()).isGreaterThan(3 * os.first().distribution().baselineP90());
        assertThat(os.first().distribution().robustZ()).isPositive();
        assertThat(i.signals()).extracting(IncidentSignal::signal).doesNotContain("errors", "tail:bedrock_invoke_ms");
    }

    @Test
    void promptBloatDepartsAsInputTokensAndCost() {
        IncidentDetector d = run(13, 1800, List.of(new Fault.PromptBloat(1200, 1800, 2.5)));
        assertThat(d.incidents()).hasSize(1);
        assertThat(d.incidents().getFirst().signals()).extracting(IncidentSignal::signal)
                .contains("tail:total_input_tokens", "tail:total_cost_usd");
        assertThat(d.incidents().getFirst().open()).isTrue();
    }

    @Test
    void aRelapseAfterRecoveryIsANewIncidentAgainstAnUnpollutedBaseline() {
        IncidentDetector d = run(14, 2400, List.of(Fault.throttling(900, 1300, 0.15), Fault.throttling(1900, 2200, 0.15)));
        assertThat(d.incidents()).hasSize(2);
        assertThat(secondsAfterStart(d.incidents().get(1).openedAt()) - 1900).isBetween(0L, 60L);
        // The first burst was kept out of the baseline: the second is compared with the healthy rate.
        IncidentSignal second = d.incidents().get(1).signals().getFirst();
        assertThat(second.first().baselineRate()).isLessThan(0.01);
    }

    @Test
    void anAftershockSoonAfterClosingReopensTheIncident() {
        IncidentDetector d = run(18, 1800, List.of(Fault.throttling(900, 1100, 0.2),
                new Fault.Latency(1300, 1500, 0.4, LatencyComponent.OPENSEARCH_QUERY, 10)));
        assertThat(d.incidents()).hasSize(1);
        Incident i = d.incidents().getFirst();
        assertThat(secondsAfterStart(i.openedAt()) - 900).isBetween(0L, 60L);
        // Closed a couple of minutes after the throttling, reopened by the slow searches within five minutes.
        assertThat(i.signals()).extracting(IncidentSignal::signal).contains("category:MODEL_THROTTLE", "tail:opensearch_query_ms");
        IncidentSignal os = i.signals().stream().filter(s -> s.signal().equals("tail:opensearch_query_ms")).findFirst().orElseThrow();
        assertThat(secondsAfterStart(os.departedAt()) - 1300).isBetween(0L, 60L);
        assertThat(i.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(secondsAfterStart(i.closedAt())).isGreaterThan(1500);
    }

    @Test
    void eventsArrivingOutOfOrderWithinTheLatenessGiveTheSameIncidents() {
        Traffic traffic = new Traffic(START, 12, 15, List.of(Fault.throttling(1200, 1500, 0.2)));
        List<LogEvent> all = traffic.between(0, 2000);
        IncidentDetector ordered = new IncidentDetector(DetectorConfig.defaults(), CATALOG);
        IncidentDetector shuffled = new IncidentDetector(DetectorConfig.defaults(), CATALOG);
        Random r = new Random(1);
        for (int i = 0; i < all.size(); i += 50) {
            List<LogEvent> batch = new ArrayList<>(all.subList(i, Math.min(all.size(), i + 50)));
            ordered.accept(batch);
            Collections.shuffle(batch, r); // a batch spans about 2 s, less than the 10 s lateness
            shuffled.accept(batch);
        }
        ordered.advanceTo(START + 2_000_000);
        shuffled.advanceTo(START + 2_000_000);
        assertThat(shuffled.incidents()).isEqualTo(ordered.incidents());
        assertThat(ordered.incidents()).hasSize(1);
        assertThat(ordered.incidents().getFirst().id()).isEqualTo("INC-" + "20240501T102" + ordered.incidents().getFirst().id().substring(16));
    }

    @Test
    void aGapInTrafficIsNotAnIncident() {
        IncidentDetector d = new IncidentDetector(DetectorConfig.defaults(), CATALOG);
        Traffic traffic = new Traffic(START, 12, 16, List.of());
        for (int s = 0; s < 1200; s += 5) d.accept(traffic.between(s, s + 5));
        for (int s = 1800; s < 3000; s += 5) d.accept(traffic.between(s, s + 5)); // ten quiet minutes
        assertThat(d.incidents()).isEmpty();
        assertThat(d.status().events()).isGreaterThan(2 * 12 * 2000);
    }

    @Test
    void listenersHearOpeningsAndClosings() {
        IncidentDetector d = new IncidentDetector(DetectorConfig.defaults(), CATALOG);
        List<String> heard = new ArrayList<>();
        d.addListener(new IncidentListener() {
            @Override public void opened(Incident incident) {
                heard.add("opened " + incident.id());
            }

            @Override public void closed(Incident incident) {
                heard.add("closed " + incident.id());
            }
        });
        Traffic traffic = new Traffic(START, 12, 17, List.of(Fault.throttling(900, 1100, 0.3)));
        for (int s = 0; s < 1600; s += 5) d.accept(traffic.between(s, s + 5));
        String id = d.incidents().getFirst().id();
        assertThat(heard).containsExactly("opened " + id, "closed " + id);
    }
}
