package io.fmscope.query.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.query.QueryException;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hostile queries: very long, very deep, binary. Clear errors or a result, never a crash. */
class BadInputTest {
    private final Analyzer analyzer = Analyzer.standard();

    @Test
    void aHundredKilobyteQueryIsAnalyzed() {
        String fields = IntStream.range(0, 12_000).mapToObj(i -> "f" + i).collect(Collectors.joining(", "));
        String query = "fields " + fields + " | filter f1 = \"" + "x".repeat(20_000) + "\"";
        assertThat(query.length()).isGreaterThan(100_000);
        AnalyzedQuery q = analyzer.analyze(query);
        assertThat(q.columns()).hasSize(12_000);
    }

    @Test
    void aHundredKilobyteChainIsRejectedAsTooDeepNotOverflowing() {
        String query = "filter " + IntStream.range(0, 12_000).mapToObj(i -> "a" + i + " = 1")
                .collect(Collectors.joining(" or "));
        assertThat(query.length()).isGreaterThan(100_000);
        assertThatThrownBy(() -> analyzer.analyze(query)).isInstanceOf(QueryException.class)
                .hasMessageContaining("nested too deeply");
    }

    @Test
    void binaryGarbageIsAQueryError() {
        byte[] bytes = new byte[100_000];
        new Random(1).nextBytes(bytes);
        String garbage = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> analyzer.analyze(garbage)).isInstanceOf(QueryException.class);
        assertThatThrownBy(() -> analyzer.analyze("fields \u0000x")).isInstanceOfSatisfying(QueryException.class,
                e -> assertThat(e.reason()).contains("\\u0000"));
    }
}
