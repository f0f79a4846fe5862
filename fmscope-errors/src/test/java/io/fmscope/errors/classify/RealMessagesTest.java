package io.fmscope.errors.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.catalog.ErrorCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in catalog against real error messages quoted from public issues, code and documentation. */
class RealMessagesTest {
    private static final ErrorCatalog CATALOG = ErrorCatalog.builtIn();
    private static final ErrorClassifier CLASSIFIER = new ErrorClassifier(CATALOG, Clock.systemUTC());
    private static final JsonNode DATA = load();

    record Example(String pattern, String category, String message, String code, String service, Integer status, String source) {
        ErrorInput input() {
            return ErrorInput.builder(message).code(code).service(service).httpStatus(status).build();
        }

        @Override public String toString() { return pattern + " <- " + source; }
    }

    static Stream<Example> messages() {
        var out = new ArrayList<Example>();
        DATA.get("messages").forEach(n -> out.add(new Example(n.get("expected_pattern").asText(),
                n.get("expected_category").asText(), n.get("message").asText(), text(n, "code"), text(n, "service"),
                n.has("http_status") ? n.get("http_status").asInt() : null, n.get("source").asText())));
        return out.stream();
    }

    static Stream<String> negatives() {
        var out = new ArrayList<String>();
        DATA.get("negatives").forEach(n -> out.add(n.get("message").asText()));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void topMatchHasTheExpectedCategoryAndPattern(Example example) {
        List<PatternMatch> matches = CLASSIFIER.match(example.input());

        assertThat(matches).as("matches for %s", example.message()).isNotEmpty();
        assertThat(matches.getFirst().patternId()).as("ranking %s", describe(matches)).isEqualTo(example.pattern());
        assertThat(matches.getFirst().category()).isEqualTo(example.category());
        assertThat(matches.getFirst().confidence()).isGreaterThan(ErrorClassifier.THRESHOLD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void ordinaryLinesAndUnknownErrorsDoNotMatch(String message) {
        assertThat(CLASSIFIER.match(ErrorInput.of(message))).as("matches for %s", message).isEmpty();
    }

    @Test
    void theDataSetIsLargeEnoughAndCoversEveryCatalogEntry() {
        List<Example> all = messages().toList();
        Set<String> covered = all.stream().map(Example::pattern).collect(Collectors.toSet());

        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(negatives().count()).isGreaterThanOrEqualTo(15);
        assertThat(covered).containsAll(CATALOG.patterns().stream().map(ErrorPattern::id).toList());
        assertThat(all).allSatisfy(e -> assertThat(e.source()).matches("https://\\S+|[\\w.-]+/[\\w.-]+:\\S+"));
    }

    @Test
    void mostMessagesAreRecognisedFromTheirTextAlone() {
        List<Example> all = messages().toList();
        long correct = all.stream().filter(e -> {
            List<PatternMatch> m = CLASSIFIER.match(ErrorInput.of(e.message()));
            return !m.isEmpty() && m.getFirst().category().equals(e.category());
        }).count();

        // Without code, service or status the message's own text (and what MessageContext reads from it) must
        // still carry most of the signal; context only breaks the remaining ties.
        assertThat((double) correct / all.size()).isGreaterThanOrEqualTo(0.85);
    }

    private static String describe(List<PatternMatch> matches) {
        return matches.stream().map(m -> m.patternId() + "=" + m.confidence() + " " + m.matchedBy())
                .collect(Collectors.joining(", "));
    }

    private static String text(JsonNode n, String field) {
        return n.has(field) ? n.get(field).asText() : null;
    }

    private static JsonNode load() {
        try (InputStream in = RealMessagesTest.class.getResourceAsStream("/io/fmscope/errors/real-messages.yaml")) {
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
