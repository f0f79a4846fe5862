package io.fmscope.errors.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.errors.Categories;
import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.errors.trend.MutableClock;
import io.fmscope.errors.trend.TrendDirection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final ErrorClassifier classifier = new ErrorClassifier(ErrorCatalog.builtIn(), clock);

    @Test
    void aUniqueErrorCodeScores095AndARegexAlone085() {
        PatternMatch byCode = classifier.match(ErrorInput.builder("request failed").code("ModelNotReadyException").build()).getFirst();
        PatternMatch byRegex = classifier.match(ErrorInput.of("Model is not ready for inference")).getFirst();

        assertThat(byCode.confidence()).isEqualTo(0.95);
        assertThat(byCode.matchedBy()).isEqualTo("error_code:ModelNotReadyException");
        assertThat(byRegex.confidence()).isEqualTo(0.85);
        assertThat(byRegex.matchedBy()).isEqualTo("regex:Model is not ready for inference");
    }

    @Test
    void validationExceptionIsRankedByServiceAndMessage() {
        // The brief's example: one code, three meanings, told apart by context and text.
        var dynamo = ErrorInput.builder("An error occurred (ValidationException) when calling the PutItem operation: "
                + "ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: "
                + "An AttributeValue may not contain an empty string for key :v").code("ValidationException").service("dynamodb").build();
        var dynamoJava = ErrorInput.builder("One or more parameter values were invalid: An AttributeValue may not contain an empty string")
                .code("ValidationException").service("dynamodb").build();
        var tokens = ErrorInput.builder("ValidationException: Input is too long for requested model.")
                .code("ValidationException").service("bedrock").build();
        var parameter = ErrorInput.builder("Malformed input request: extraneous key [top_k] is not permitted")
                .code("ValidationException").service("bedrock").build();

        assertThat(classifier.match(dynamo).getFirst().category()).isEqualTo(Categories.SESSION_CORRUPTION);
        assertThat(classifier.match(dynamo)).extracting(PatternMatch::patternId).contains("EP-006", "EP-032");
        assertThat(classifier.match(dynamoJava).getFirst().category()).isEqualTo(Categories.SESSION_CORRUPTION);
        assertThat(top(tokens)).isEqualTo("EP-003");
        assertThat(top(parameter)).isEqualTo("EP-009");
    }

    @Test
    void aSharedCodeWithoutSupportingTextIsWeak() {
        List<PatternMatch> matches = classifier.match(ErrorInput.builder("Validation error").code("ValidationException").build());

        assertThat(matches).extracting(PatternMatch::patternId).containsExactly("EP-003", "EP-009", "EP-013", "EP-032");
        assertThat(matches).allSatisfy(m -> assertThat(m.confidence()).isEqualTo(0.70));
    }

    @Test
    void aServiceThatContradictsTheEntryLowersItsConfidence() {
        var redis = ErrorInput.builder("redis.exceptions.ConnectionError: Error 104 while reading from socket: (104, 'Connection reset by peer')")
                .service("redis").build();

        List<PatternMatch> matches = classifier.match(redis);

        assertThat(matches.getFirst().patternId()).isEqualTo("EP-020");
        assertThat(matches).filteredOn(m -> m.patternId().equals("EP-002"))
                .singleElement().satisfies(m -> {
                    assertThat(m.confidence()).isEqualTo(0.60);
                    assertThat(m.evidence()).contains("service:redis (-)");
                });
    }

    @Test
    void aRootCauseOutranksTheRetryThatGaveUpOnIt() {
        var throttled = ErrorInput.of("An error occurred (ThrottlingException) when calling the InvokeModel operation "
                + "(reached max retries: 4): Too many requests, please wait before trying again.");

        assertThat(classifier.match(throttled)).extracting(PatternMatch::patternId).startsWith("EP-001", "EP-030");
    }

    @Test
    void onlyTheFirst8KiBAreScannedByRegexes() {
        String padding = "x".repeat(ErrorClassifier.MAX_SCAN_CHARS);

        assertThat(classifier.match(ErrorInput.of(padding + " ThrottlingException"))).isEmpty();
        assertThat(classifier.match(ErrorInput.of("ThrottlingException " + padding))).isNotEmpty();
    }

    @Test
    void classifyRecordsTheTopCategoryAndFeedsTheTrend() {
        for (int minute = 0; minute < 60; minute++) {
            for (int k = 0; k < minute / 6; k++)
                classifier.classify(ErrorInput.builder("ThrottlingException: Too many requests")
                        .service("bedrock").sessionId("s" + k).modelId("claude-3-sonnet").build());
            clock.advance(Duration.ofMinutes(1));
        }

        var trend = classifier.trend(Categories.MODEL_THROTTLE, Duration.ofHours(1)).orElseThrow();
        assertThat(trend.direction()).isEqualTo(TrendDirection.INCREASING);
        assertThat(trend.affectedModels()).containsExactly("claude-3-sonnet");
        assertThat(classifier.counts()).containsOnlyKeys(Categories.MODEL_THROTTLE);
    }

    @Test
    void classifyNeverThrowsOnOddInput() {
        assertThat(classifier.classify(null)).isEmpty();
        assertThat(classifier.classify(ErrorInput.builder(null).code(" ").service("??").httpStatus(999).build())).isEmpty();
    }

    @Test
    void concurrentClassificationCountsEveryError() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        IntStream.range(0, 4000).forEach(i -> pool.submit(() ->
                classifier.classify(ErrorInput.of(i % 2 == 0 ? "CLUSTERDOWN The cluster is down" : "GoneException: 410"))));
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(classifier.counts()).containsEntry(Categories.CACHE_FAILURE, 2000L).containsEntry(Categories.NETWORK, 2000L);
    }

    @Test
    void theAssistantPromptCarriesTheMatchTheContextAndTheTrend() {
        var input = ErrorInput.builder("An error occurred (ThrottlingException) when calling the InvokeModel operation: Too many requests")
                .modelId("anthropic.claude-3-sonnet").requestId("r-123").build();
        PatternMatch match = classifier.classify(input).getFirst();

        String prompt = classifier.assistantPrompt(match, input);

        assertThat(prompt).contains("Bedrock Throttling (EP-001)", "Service: bedrock", "Operation: InvokeModel",
                "Error code: ThrottlingException", "Model: anthropic.claude-3-sonnet", "Trend: ", match.pattern().assistantPrompt(),
                "1. Implement exponential backoff with jitter");
    }

    private String top(ErrorInput input) {
        return classifier.match(input).getFirst().patternId();
    }
}
