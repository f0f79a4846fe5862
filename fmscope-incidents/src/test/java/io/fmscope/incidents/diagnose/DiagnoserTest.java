package io.fmscope.incidents.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.incidents.testing.Fault;
import io.fmscope.model.fmcall.LatencyComponent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnoserTest {

    @Test
    void throttlingIsDiagnosedWithEvidenceRemediationAndPrompt() {
        Scenario s = new Scenario(21, 1200, List.of(Fault.throttling(600, 900, 0.2)));
        Diagnosis d = s.diagnoseOnlyIncident();
        Hypothesis top = d.hypotheses().getFirst();
        assertThat(top.category()).isEqualTo("MODEL_THROTTLE");
        assertThat(top.component()).isEqualTo("bedrock");
        assertThat(top.patternId()).isEqualTo("EP-001");
        assertThat(top.taxonomyType()).isEqualTo("ThrottlingException");
        assertThat(top.startedAt()).isBetween(Instant.ofEpochMilli(Scenario.START + 590_000), Instant.ofEpochMilli(Scenario.START + 630_000));
        assertThat(top.confidence()).isGreaterThan(0.7);
        assertThat(top.scores().explained()).isGreaterThan(0.6);
        assertThat(top.remediationSteps()).first().asString().startsWith("1. Implement exponential backoff");
        assertThat(top.assistantPrompt()).contains("Bedrock Throttling (EP-001)", "- Trend: ", "sessions affected");
        // Evidence: the series query shows the rate per minute, before and during.
        Hypothesis.Evidence series = top.evidence().getFirst();
        assertThat(series.query()).contains("sum(if(error.root_cause_category = \"MODEL_THROTTLE\", 1, 0)) as matching", "by bin(1m)");
        assertThat(series.rows()).allMatch(r -> r.get(2) != null);
        assertThat(series.columns()).containsExactly("bin(1m)", "records", "matching");
        long peak = series.rows().stream().mapToLong(r -> Long.parseLong(r.get(2))).max().orElseThrow();
        assertThat(peak).isGreaterThan(100); // ~20% of ~720 calls a minute
        assertThat(top.exampleRequestIds()).hasSize(5).allMatch(id -> id.startsWith("req-"));
        assertThat(top.exampleTraceIds()).hasSize(5).allMatch(id -> id.length() == 32);
        assertThat(top.exampleEvents()).hasSize(3).allMatch(e -> e.message().contains("ThrottlingException"));
        assertThat(d.traffic().errorRate()).isGreaterThan(d.traffic().baselineErrorRate());
        // Same traffic and prices before and during (failed calls cost less): cost per hour within a third.
        assertThat(d.traffic().costPerHourUsd()).isBetween(0.6 * d.traffic().baselineCostPerHourUsd(),
                1.1 * d.traffic().baselineCostPerHourUsd());
        assertThat(d.incidentId()).isEqualTo(s.onlyIncident().id());
    }

    @Test
    void aSlowVectorSearchIsPinnedOnOpenSearch() {
        Scenario s = new Scenario(22, 900, List.of(new Fault.Latency(600, 900, 0.4, LatencyComponent.OPENSEARCH_QUERY, 10)));
        Hypothesis top = s.diagnoseOnlyIncident().hypotheses().getFirst();
        assertThat(top.category()).isEqualTo("RAG_RETRIEVAL");
        assertThat(top.component()).isEqualTo("opensearch");
        assertThat(top.patternId()).isEqualTo("EP-015");
        assertThat(top.signals()).contains("tail:opensearch_query_ms");
        assertThat(top.evidence().getFirst().columns()).contains("p90_ms");
        assertThat(top.evidence().getLast().query()).contains("latency.opensearch_query_ms >= ");
        assertThat(top.exampleRequestIds()).isNotEmpty();
    }

    @Test
    void aDeadCacheIsPinnedOnRedis() {
        Scenario s = new Scenario(23, 900, List.of(new Fault.CacheDown(600, 900),
                new Fault.Latency(600, 900, 1.0, LatencyComponent.REDIS_CACHE_CHECK, 400)));
        Hypothesis top = s.diagnoseOnlyIncident().hypotheses().getFirst();
        assertThat(top.category()).isEqualTo("CACHE_FAILURE");
        assertThat(top.component()).isEqualTo("redis");
        assertThat(top.signals()).contains("tail:redis_cache_check_ms", "cache_miss");
    }

    @Test
    void credentialsFailuresAreADeploymentProblem() {
        var creds = new Fault.Errors(600, 900, 0.9, "ERROR", "NoCredentialsError", null,
                "botocore.exceptions.NoCredentialsError: Unable to locate credentials", "bedrock", null);
        Hypothesis top = new Scenario(24, 900, List.of(creds)).diagnoseOnlyIncident().hypotheses().getFirst();
        assertThat(top.category()).isEqualTo("SDK_MISCONFIGURATION");
        assertThat(top.component()).isEqualTo("deployment/config");
        assertThat(top.scores().catalogMatch()).isGreaterThanOrEqualTo(0.85);
        assertThat(top.evidence().getFirst().query()).contains("error.error_type in [\"NoCredentialsError\"]");
    }

    @Test
    void promptBloatIsATemplateShippedWithTheApplication() {
        Hypothesis top = new Scenario(27, 900, List.of(new Fault.PromptBloat(600, 900, 3)))
                .diagnoseOnlyIncident().hypotheses().getFirst();
        assertThat(top.category()).isEqualTo("PROMPT_TEMPLATE");
        assertThat(top.component()).isEqualTo("deployment/config");
        assertThat(top.signals()).contains("tail:total_input_tokens");
        assertThat(top.evidence().getFirst().query()).contains("avg(prompt_metrics.total_input_tokens)");
    }

    @Test
    void emptyRetrievalsPointAtTheVectorIndex() {
        Hypothesis top = new Scenario(25, 900, List.of(new Fault.EmptyRetrieval(600, 900, 0.5)))
                .diagnoseOnlyIncident().hypotheses().getFirst();
        assertThat(top.patternId()).isEqualTo("EP-014");
        assertThat(top.component()).isEqualTo("opensearch");
        assertThat(top.evidence().getFirst().query()).contains("sum(if(results_returned = 0, 1, 0))");
    }

    @Test
    void aHealthyRangeHasNoHypotheses() {
        Scenario s = new Scenario(26, 1200, List.of());
        Diagnosis d = s.diagnoser.diagnose(Instant.ofEpochMilli(Scenario.START + 900_000), Instant.ofEpochMilli(s.endMillis));
        assertThat(d.hypotheses()).isEmpty();
        assertThat(d.notes()).contains("no signal departed from the baseline in this window");
        assertThat(d.incidentId()).isNull();
    }

    @Test
    void binsKeepTheSeriesShort() {
        assertThat(Diagnoser.bin(10 * 60_000)).isEqualTo("1m");
        assertThat(Diagnoser.bin(70 * 60_000)).isEqualTo("2m");
        assertThat(Diagnoser.bin(5 * 3_600_000)).isEqualTo("10m");
        assertThat(Diagnoser.bin(48 * 3_600_000L)).isEqualTo("1h");
    }
}
