package io.fmscope.query.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class SeedFixtureTest {
    @Test
    void committedFixtureIsTheGeneratorsOutput() throws IOException {
        assertThat(Files.readAllLines(SeedRecords.file(), StandardCharsets.UTF_8)).isEqualTo(SeedFixture.lines());
    }

    @Test
    void fixtureCoversEveryStatusBothModelsAndRetrievals() {
        var recs = SeedRecords.all();
        assertThat(recs.stream().map(r -> r.text("status")).distinct())
                .contains("SUCCESS", "ERROR", "THROTTLED", "TIMEOUT", "CONTENT_FILTERED");
        assertThat(recs.stream().map(r -> r.text("metadata.model_id")).distinct())
                .contains(SeedFixture.SONNET, SeedFixture.HAIKU);
        assertThat(recs.stream().filter(r -> r.is("log_type", "RAG_RETRIEVAL"))).isNotEmpty();
        assertThat(recs.stream().filter(r -> r.number("latency.total_e2e_ms") != null
                && r.number("latency.total_e2e_ms") > 3000)).isNotEmpty();
    }
}
