package io.fmscope.traces.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.Trace;
import io.fmscope.traces.synthetic.SyntheticRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryAnalysisTest {

    /** A Bedrock call that is throttled {@code failures} times and retried each time. */
    static void modelWithRetries(SyntheticRequest b, int failures, boolean tagged) {
        for (int a = 0; a < failures; a++) {
            b.model(Scenario.SONNET, 50, 0, 0, 0).status(429);
            if (tagged && a > 0) b.attempt(a);
        }
        b.model(Scenario.SONNET, 900, 500, 200, 0.004);
        if (tagged && failures > 0) b.attempt(failures);
    }

    @Test void aRetryStormIsRankedFirstWithItsTargetAndWindow() {
        List<Trace> traces = Scenario.traffic(21, 0, 30, 500, (c, b) -> {
            var r = c.random();
            b.cache(2);
            // DynamoDB is retried steadily (its normal), which must not look like a storm
            b.session(5);
            if (c.index() % 10 == 0) b.status(500).session(5);
            b.search(40);
            boolean storm = c.minute() >= 20 && c.minute() < 23;
            int failures = storm ? 2 + r.nextInt(3) : r.nextDouble() < 0.02 ? 1 : 0;
            modelWithRetries(b, failures, c.index() % 2 == 0);
            b.deliver(10);
        });
        RetryReport rep = RetryAnalysis.analyze(traces, Scenario.T0, Scenario.T0 + 30 * Scenario.MINUTE, Duration.ofMinutes(1));
        assertThat(rep.storms()).isNotEmpty();
        RetryReport.Storm top = rep.storms().getFirst();
        assertThat(top.target()).isEqualTo("Bedrock");
        assertThat(top.startNanos()).isEqualTo(Scenario.T0 + 20 * Scenario.MINUTE);
        assertThat(top.endNanos()).isEqualTo(Scenario.T0 + 23 * Scenario.MINUTE);
        assertThat(top.retriesPerRequest()).isBetween(2.0, 4.0);
        assertThat(top.normalPerRequest()).isLessThan(0.1);
        assertThat(rep.storms()).noneMatch(s -> s.target().equals("DynamoDB"));
        assertThat(rep.topRequests().getFirst().retries()).isBetween(4, 5);
        assertThat(rep.topRequests().getFirst().byTarget()).containsEntry("Bedrock", 4);
        assertThat(rep.topRequests().getFirst().startNanos()).isBetween(Scenario.T0 + 20 * Scenario.MINUTE, Scenario.T0 + 23 * Scenario.MINUTE);
    }

    @Test void retriesAreCountedFromResendCountsFailedSiblingsAndAwsRetries() {
        var id = io.fmscope.model.trace.TraceId.parse("1-5759e988-bd862e3fe1be46a994272793");
        var b = SyntheticRequest.of(id, Scenario.T0);
        modelWithRetries(b, 2, false);                      // two failed siblings then success: 2 retries
        b.session(5).attr("http.request.resend_count", 1);  // declared retry: 1
        var spans = new java.util.ArrayList<>(b.build());
        var aws = spans.get(3).toBuilder().aws(new io.fmscope.model.trace.AwsCall("GetItem", null, null, null, null, null, 3,
                java.util.Map.of())).build();
        spans.set(3, aws);                                 // plus X-Ray's aws.retries = 3
        var byTarget = Retries.byTarget(new Trace(id, spans));
        assertThat(byTarget).containsEntry("Bedrock", 2).containsEntry("DynamoDB", 4).hasSize(2);
    }
}
