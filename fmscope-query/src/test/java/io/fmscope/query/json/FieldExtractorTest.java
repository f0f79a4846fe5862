package io.fmscope.query.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldExtractorTest {
    private static final String FM_CALL = "{\"event_type\":\"fm_call\",\"metadata\":{\"request_id\":\"r-1\","
            + "\"model_id\":\"anthropic.claude-3-haiku\",\"timestamp_epoch_ms\":1714557600000},"
            + "\"latency\":{\"total_e2e_ms\":1834.5,\"bedrock_invoke_ms\":1502},"
            + "\"prompt_metrics\":{\"rag_relevance_scores\":[0.91,0.85]},\"status\":\"SUCCESS\"}";

    @Test
    void extractsOnlyTheRequestedFieldsInRequestOrder() {
        FieldExtractor x = FieldExtractor.of(List.of("latency.total_e2e_ms", "metadata.model_id", "missing",
                "prompt_metrics.rag_relevance_scores.1", "status"));
        assertThat(x.extract(FM_CALL)).containsExactly(Value.of(1834.5), Value.of("anthropic.claude-3-haiku"),
                Value.NULL, Value.of(0.85), Value.of("SUCCESS"));
    }

    @Test
    void objectsAreNotFields() {
        assertThat(FieldExtractor.of(List.of("metadata", "latency")).extract(FM_CALL))
                .containsExactly(Value.NULL, Value.NULL);
    }

    @Test
    void nonJsonGivesNulls() {
        assertThat(FieldExtractor.of(List.of("a")).extract("START RequestId: 1")).containsExactly(Value.NULL);
    }

    @Test
    void respectsTheFieldLimitEvenInSkippedSubtrees() {
        String msg = "{\"skipped\":[" + "0,".repeat(199) + "0],\"wanted\":1}";
        assertThat(FieldExtractor.of(List.of("wanted")).extract(msg)).containsExactly(Value.NULL);
        assertThat(new FieldExtractor(List.of("wanted"), new DiscoveryOptions(201, false)).extract(msg))
                .containsExactly(Value.of(1));
    }

    @Test
    void reusesTheOutputArrayAndHandlesDuplicateNames() {
        FieldExtractor x = FieldExtractor.of(List.of("status", "status"));
        Value[] out = new Value[2];
        x.extract(FM_CALL, out);
        assertThat(out).containsExactly(Value.of("SUCCESS"), Value.of("SUCCESS"));
        x.extract("{}", out);
        assertThat(out).containsExactly(Value.NULL, Value.NULL);
    }

    @Test
    void doubledAtNames() {
        assertThat(FieldExtractor.of(List.of("@@timestamp")).extract("{\"@timestamp\":\"x\"}"))
                .containsExactly(Value.of("x"));
    }
}
