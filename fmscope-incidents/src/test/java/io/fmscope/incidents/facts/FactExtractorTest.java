package io.fmscope.incidents.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.incidents.testing.Fault;
import io.fmscope.incidents.testing.Traffic;
import io.fmscope.model.log.LogEvent;
import io.fmscope.patterns.TemplateMiner;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactExtractorTest {
    private final FactExtractor extractor = new FactExtractor(new ErrorCategorizer(ErrorCatalog.builtIn()), new TemplateMiner());

    @Test
    void aThrottledCallCountsUnderEveryFamilyItBelongsTo() {
        List<LogEvent> events = new Traffic(1_714_557_600_000L, 20, 3, List.of(Fault.throttling(0, 100, 1.0))).between(0, 1);
        LogEvent call = events.stream().filter(e -> e.message().contains("\"FM_CALL\"")).findFirst().orElseThrow();
        EventFacts f = extractor.extract(call);
        assertThat(f.population()).isEqualTo(Population.CALLS);
        assertThat(f.keys()).extracting(SignalKey::toString)
                .contains("errors", "category:MODEL_THROTTLE", "status:THROTTLED", "service:bedrock", "cache_miss")
                .anyMatch(k -> k.startsWith("template:"));
        assertThat(f.metric(Metric.BEDROCK_INVOKE)).isPositive();
        assertThat(f.metric(Metric.RAG_QUERY_LATENCY)).isNaN();
        assertThat(f.timestamp()).isEqualTo(call.timestamp());
    }

    @Test
    void aRetrievalCountsInItsOwnPopulation() {
        List<LogEvent> events = new Traffic(0, 20, 3, List.of(new Fault.EmptyRetrieval(0, 100, 1.0))).between(0, 1);
        LogEvent rag = events.stream().filter(e -> e.message().contains("RAG_RETRIEVAL")).findFirst().orElseThrow();
        EventFacts f = extractor.extract(rag);
        assertThat(f.population()).isEqualTo(Population.RETRIEVALS);
        assertThat(f.keys()).containsExactly(SignalKey.of(Family.RAG_EMPTY));
        assertThat(f.metric(Metric.RAG_QUERY_LATENCY)).isPositive();
        assertThat(f.metric(Metric.TOTAL_E2E)).isNaN();
    }

    @Test
    void anUnknownDeclaredCategoryIsReclassifiedFromTheMessage() {
        String json = """
                {"log_type":"FM_CALL","status":"ERROR","error":{"error_type":"ConditionalCheckFailedException",
                "error_message":"The conditional request failed","root_cause_category":"capacity",
                "upstream_service":"dynamodb"},"latency":{"total_e2e_ms":0}}""".replace("\n", "");
        EventFacts f = extractor.extract(LogEvent.of(5, json, "s", "g", "1"));
        assertThat(f.keys()).contains(SignalKey.of(Family.CATEGORY, "SESSION_CORRUPTION"), SignalKey.of(Family.SERVICE, "dynamodb"));
        assertThat(f.metric(Metric.TOTAL_E2E)).as("0 ms means not measured").isNaN();
    }

    @Test
    void aFailedStatusWithoutAnErrorObjectFallsBackToTheStatus() {
        EventFacts f = extractor.extract(LogEvent.of(5, "{\"log_type\":\"FM_CALL\",\"status\":\"CONTENT_FILTERED\"}", "s", "g", "1"));
        assertThat(f.keys()).containsExactlyInAnyOrder(SignalKey.of(Family.ERRORS), SignalKey.of(Family.CATEGORY, "CONTENT_FILTER"),
                SignalKey.of(Family.STATUS, "CONTENT_FILTERED"));
    }

    @Test
    void otherEventsAreIgnored() {
        assertThat(extractor.extract(LogEvent.of(5, "GET /health 200", "s", "g", "1")).counted()).isFalse();
        assertThat(extractor.extract(LogEvent.of(5, "{\"level\":\"INFO\"}", "s", "g", "2")).counted()).isFalse();
        EventFacts session = extractor.extract(LogEvent.of(5,
                "{\"log_type\":\"SESSION_EVENT\",\"session_id\":\"s1\",\"event_type\":\"timeout\",\"details\":{}}", "s", "g", "3"));
        assertThat(session.keys()).containsExactly(SignalKey.of(Family.SESSION, "timeout"));
    }
}
