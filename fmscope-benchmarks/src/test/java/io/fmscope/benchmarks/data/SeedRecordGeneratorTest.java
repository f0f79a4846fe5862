package io.fmscope.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedRecordGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<SeedRecord> take(GeneratorConfig config, int n) {
        SeedRecordGenerator g = new SeedRecordGenerator(config);
        List<SeedRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(g.next());
        return out;
    }

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
        assertThat(take(GeneratorConfig.DEFAULT, 300)).isEqualTo(take(GeneratorConfig.DEFAULT, 300));
        assertThat(take(GeneratorConfig.DEFAULT.withSeed(7), 50)).isNotEqualTo(take(GeneratorConfig.DEFAULT, 50));
    }

    @Test
    void fmCallsCarryTheSeedSectionsAndTheirOwnTime() throws IOException {
        long previous = Long.MIN_VALUE;
        int errors = 0;
        for (SeedRecord r : take(GeneratorConfig.DEFAULT.withRagShare(0), 500)) {
            assertThat(r.timestampMillis()).isGreaterThanOrEqualTo(previous);
            previous = r.timestampMillis();
            JsonNode j = JSON.readTree(r.json());
            assertThat(j.get("log_type").asText()).isEqualTo(SeedRecord.FM_CALL).isEqualTo(r.logType());
            assertThat(j.at("/metadata/timestamp_epoch_ms").asLong()).isEqualTo(r.timestampMillis());
            String iso = j.at("/metadata/timestamp_iso").asText();
            assertThat(iso).endsWith("+00:00");
            assertThat(Instant.parse(iso.replace("+00:00", "Z")).toEpochMilli()).isEqualTo(r.timestampMillis());
            assertThat(j.at("/latency/bedrock_invoke_ms").isDouble()).isTrue();
            assertThat(j.at("/prompt_metrics/total_input_tokens").asInt()).isEqualTo(
                    j.at("/prompt_metrics/system_prompt_token_count").asInt()
                    + j.at("/prompt_metrics/context_token_count").asInt()
                    + j.at("/prompt_metrics/user_message_token_count").asInt());
            String status = j.get("status").asText();
            assertThat(status).isIn("SUCCESS", "ERROR", "THROTTLED", "TIMEOUT", "CONTENT_FILTERED");
            assertThat(j.has("error")).isEqualTo(!status.equals("SUCCESS"));
            if (j.has("error")) errors++;
            assertThat(j.fieldNames()).toIterable().containsSubsequence("log_type", "metadata", "status",
                    "prompt_metrics", "response_metrics", "latency", "cost", "tags");
        }
        assertThat(errors).isBetween(60, 240); // 4 of 13 statuses fail
    }

    @Test
    void ragRecordsAppearAtTheConfiguredShare() throws IOException {
        List<SeedRecord> records = take(GeneratorConfig.DEFAULT, 4000);
        long rag = records.stream().filter(r -> r.logType().equals(SeedRecord.RAG_RETRIEVAL)).count();
        assertThat(rag).isBetween(650L, 950L);
        SeedRecord r = records.stream().filter(x -> x.logType().equals(SeedRecord.RAG_RETRIEVAL)).findFirst()
                .orElseThrow();
        JsonNode j = JSON.readTree(r.json());
        assertThat(j.get("relevance_scores").size()).isEqualTo(j.get("results_returned").asInt());
        assertThat(Set.copyOf(iterable(j.fieldNames()))).contains("timestamp", "avg_relevance", "query_latency_ms");
    }

    @Test
    void envelopesWrapTheMessageText() throws IOException {
        SeedRecord r = SeedRecordGenerator.standard().next();
        JsonNode e = JSON.readTree(SeedDataFile.envelope(r));
        assertThat(e.get("timestamp").asLong()).isEqualTo(r.timestampMillis());
        assertThat(e.get("message").asText()).isEqualTo(r.json());
        assertThat(e.get("logGroupName").asText()).isEqualTo(SeedDataFile.LOG_GROUP);
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
