package io.fmscope.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fmscope.model.fmcall.ErrorSeverity;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.sdk.export.InMemorySink;
import io.fmscope.sdk.log.FmCallLogger;
import io.fmscope.sdk.resilience.CatalogRetryClassifier;
import io.fmscope.sdk.resilience.FallbackChain;
import io.fmscope.sdk.resilience.InvocationResult;
import io.fmscope.sdk.resilience.ModelSpec;
import io.fmscope.sdk.resilience.ResilientInvoker;
import io.fmscope.sdk.resilience.tokens.ContextRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The wired SDK: catalog pricing, catalog error classification and resilience decisions land in the record. */
class FmScopeTest {
    private static final String SONNET = "anthropic.claude-3-sonnet-20240229-v1:0";
    private static final String HAIKU = "anthropic.claude-3-haiku-20240307-v1:0";

    private final InMemorySink sink = new InMemorySink();
    private final FmCallLogger logger = FmScope.loggerBuilder().sink(sink).build();

    @Test
    void successfulSonnetCallIsPricedWithTheSeedPrices() {
        logger.call().requestId("req-1").sessionId("s-1").model(SONNET).promptText("おすすめの漫画は?")
                .tokens(400, 600, 200, 300).status(FmCallStatus.SUCCESS).log();
        FmCallRecord r = sink.fmCalls().getFirst();
        // 1,200 input tokens at $3/1M and 300 output tokens at $15/1M, computed by hand.
        assertThat(r.cost().inputCostUsd()).isCloseTo(0.0036, within(1e-12));
        assertThat(r.cost().outputCostUsd()).isCloseTo(0.0045, within(1e-12));
        assertThat(r.cost().totalCostUsd()).isCloseTo(0.0081, within(1e-12));
        assertThat(r.cost().modelPricingTier()).isEqualTo("anthropic.claude-3-sonnet");
        assertThat(r.cost().pricingUnknown()).isFalse();
    }

    @Test
    void responseCacheHitCostsNothingAndRecordsTheSaving() {
        logger.call().requestId("req-2").sessionId("s-1").model(HAIKU).promptText("One Piece volume 105 price")
                .tokens(100, 800, 100, 200).responseCacheHit(true).status(FmCallStatus.SUCCESS).log();
        FmCallRecord r = sink.fmCalls().getFirst();
        assertThat(r.cost().totalCostUsd()).isZero();
        assertThat(r.cost().wasCached()).isTrue();
        // What the Haiku call would have cost: 1,000 × $0.25/1M + 200 × $1.25/1M.
        assertThat(r.cost().cacheHitSavingsUsd()).isCloseTo(0.0005, within(1e-12));
    }

    @Test
    void unknownModelIsFlaggedNotPricedAsAnotherModel() {
        logger.call().requestId("req-3").model("acme.mystery-model-v1").promptText("hi").tokens(10, 0, 10, 10).log();
        FmCallRecord r = sink.fmCalls().getFirst();
        assertThat(r.cost().pricingUnknown()).isTrue();
        assertThat(r.cost().totalCostUsd()).isZero();
    }

    @Test
    void errorsAreClassifiedAgainstTheCatalog() {
        logger.call().requestId("req-4").model(SONNET).promptText("q").tokens(10, 10, 10, 0)
                .status(FmCallStatus.THROTTLED)
                .error("ThrottlingException", "ThrottlingException",
                        "An error occurred (ThrottlingException) when calling the InvokeModel operation: Too many requests, please wait before trying again.")
                .upstreamService("bedrock").log();
        FmCallRecord r = sink.fmCalls().getFirst();
        assertThat(r.error().rootCauseCategory()).isEqualTo("MODEL_THROTTLE");
        assertThat(r.error().isRetryable()).isTrue();
        assertThat(r.error().errorSeverity()).isEqualTo(ErrorSeverity.HIGH);
    }

    @Test
    void aFailedCallWithoutOutputIsNotBilledButOneThatStreamedIs() {
        logger.call().requestId("req-5").model(SONNET).promptText("q").tokens(400, 600, 200, 0)
                .status(FmCallStatus.THROTTLED).error("ThrottlingException", "ThrottlingException", "Too many requests")
                .log();
        logger.call().requestId("req-6").model(SONNET).promptText("q").tokens(400, 600, 200, 100)
                .status(FmCallStatus.TIMEOUT).error("ReadTimeoutError", "ReadTimeoutError", "Read timed out")
                .log();
        FmCallRecord throttled = sink.fmCalls().get(0);
        assertThat(throttled.cost().totalCostUsd()).isZero();
        assertThat(throttled.cost().modelPricingTier()).isEqualTo("anthropic.claude-3-sonnet");
        assertThat(throttled.cost().pricingUnknown()).isFalse();
        // 1,200 input tokens at $3/1M and 100 output tokens at $15/1M: what was processed before the timeout.
        assertThat(sink.fmCalls().get(1).cost().totalCostUsd()).isCloseTo(0.0036 + 0.0015, within(1e-12));
    }

    @Test
    void repeatedErrorsAreCountedForTrendsEachTime() {
        var classifier = io.fmscope.errors.classify.ErrorClassifier.withDefaults();
        FmCallLogger counted = FmCallLogger.builder().sink(sink).errorEnricher(FmScope.errorEnricher(classifier)).build();
        for (int i = 0; i < 5; i++) {
            counted.call().requestId("req-" + i).model(SONNET).promptText("q").tokens(1, 1, 1, 0)
                    .status(FmCallStatus.ERROR).error("ValidationException", "ValidationException",
                            "Input is too long for requested model.").upstreamService("bedrock").log();
        }
        assertThat(classifier.counts()).containsEntry("TOKEN_LIMIT", 5L);
        assertThat(sink.fmCalls()).allSatisfy(r -> assertThat(r.error().rootCauseCategory()).isEqualTo("TOKEN_LIMIT"));
    }

    @Test
    void resilienceOutcomeOfAThrottledSonnetCallLandsInTheRecord() {
        List<String> calls = new ArrayList<>();
        ResilientInvoker invoker = ResilientInvoker.builder(
                        FallbackChain.of(new ModelSpec(SONNET, 200_000, 1_024), new ModelSpec(HAIKU, 200_000, 1_024)),
                        CatalogRetryClassifier.forBedrock())
                .sleeper(d -> { }).random(new SplittableRandom(7)).build();
        InvocationResult<String> result = invoker.invoke(ContextRequest.of("Recommend a manga like Frieren"),
                (model, prompt) -> {
                    calls.add(model);
                    if (model.equals(SONNET)) throw new ThrottlingException();
                    return "answer";
                });
        assertThat(result.succeeded()).isTrue();
        logger.call().requestId("req-5").model(result.outcome().finalModelId()).promptText("q").tokens(10, 10, 10, 5)
                .resilience(FmScope.resilienceDetails(result.outcome())).log();
        FmCallRecord r = sink.fmCalls().getFirst();
        assertThat(r.resilience().fallbackUsed()).isTrue();
        assertThat(r.resilience().originalModelId()).isEqualTo(SONNET);
        // Retries count repeated attempts on one model; the switch to Haiku is the fallback, not a retry.
        assertThat(r.resilience().retryCount()).isEqualTo(calls.stream().filter(SONNET::equals).count() - 1);
        assertThat(calls.getLast()).isEqualTo(HAIKU);
        assertThat(sink.lines().getFirst()).contains("\"fallback_used\":true");
    }

    /** Named like the Bedrock runtime's exception so the catalog recognises it by code. */
    static final class ThrottlingException extends RuntimeException {
        ThrottlingException() {
            super("Too many requests, please wait before trying again.");
        }
    }
}
