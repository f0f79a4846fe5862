package io.fmscope.sdk.resilience;

import io.fmscope.sdk.resilience.Bedrock.ScriptedModel;
import io.fmscope.sdk.resilience.tokens.ContextRequest;
import io.fmscope.sdk.resilience.tokens.FitResult;
import io.fmscope.sdk.resilience.tokens.RagChunk;
import io.fmscope.sdk.resilience.tokens.TokenBudget;
import io.fmscope.sdk.resilience.tokens.TokenBudgetPolicy;
import io.fmscope.sdk.resilience.tokens.Turn;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static io.fmscope.sdk.resilience.Bedrock.HAIKU;
import static io.fmscope.sdk.resilience.Bedrock.SONNET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Truncation inside the invoker, the outcome record and how failures reach the application. */
class ResilientInvokerOutcomeTest {

    private final ManualClock clock = new ManualClock();
    private final FakeSleeper sleeper = new FakeSleeper(clock);
    private final ScriptedModel model = new ScriptedModel(clock, Duration.ofMillis(250));
    private static final ModelSpec SMALL_SONNET = new ModelSpec(SONNET.modelId(), 600, 200);

    private static ContextRequest longConversation() {
        List<Turn> history = IntStream.range(0, 20).mapToObj(i -> i % 2 == 0
                ? Turn.user("Turn " + i + ": which volumes of the series are still in print, and in which format?")
                : Turn.assistant("Turn " + i + ": volumes 1 to 12 are in print as paperbacks; 13 is e-book only.")).toList();
        List<RagChunk> chunks = IntStream.range(0, 6).mapToObj(i -> new RagChunk("doc-" + i,
                "商品説明：第" + i + "巻は全国の書店で好評発売中です。特典付き。", i / 10.0)).toList();
        return new ContextRequest("You are MangaAssist, a helpful manga store assistant.", history, chunks,
                "第3巻の在庫はありますか？");
    }

    private ResilientInvoker.Builder invoker(FallbackChain chain) {
        return ResilientInvoker.builder(chain, Bedrock.classifier()).clock(clock).sleeper(sleeper)
                .random(new SplittableRandom(3));
    }

    @Test
    void theModelReceivesTheFittedPromptAndTheOutcomeRecordsTheTruncation() {
        ContextRequest request = longConversation();
        InvocationResult<String> r = invoker(FallbackChain.of(SMALL_SONNET)).build().invoke(request, model);

        var expected = (FitResult.Fitted) TokenBudget.defaults().fit(request, 600, 200);
        assertThat(model.prompts).containsExactly(expected.prompt());
        ResilienceOutcome o = r.outcome();
        assertThat(o.truncationApplied()).isTrue();
        assertThat(o.historyTurnsDropped()).isEqualTo(expected.report().historyTurnsDropped()).isPositive();
        assertThat(o.ragChunksDropped()).isEqualTo(expected.report().ragChunksDropped()).isGreaterThanOrEqualTo(3);
        assertThat(o.tokensTruncated()).isEqualTo(expected.report().tokensTruncated());
        assertThat(o.estimatedInputTokens()).isEqualTo(expected.prompt().estimatedInputTokens())
                .isLessThanOrEqualTo(TokenBudgetPolicy.DEFAULT.usableInputTokens(600, 200));
        assertThat(model.prompts.getFirst().history().getLast()).isEqualTo(request.history().getLast());
    }

    @Test
    void aPromptTooLargeForEveryModelIsReportedAndNoModelIsCalled() {
        ContextRequest huge = ContextRequest.of("長い質問です。".repeat(100));
        InvocationResult<String> r = invoker(FallbackChain.of(SMALL_SONNET, new ModelSpec(HAIKU.modelId(), 500, 100)))
                .build().invoke(huge, model);

        assertThat(model.calls).isEmpty();
        assertThat(r.outcome().stopReason()).isEqualTo(StopReason.PROMPT_TOO_LARGE);
        assertThat(r.outcome().attempts()).extracting(Attempt::status).containsOnly(Attempt.Status.PROMPT_TOO_LARGE);
        Throwable error = ((InvocationResult.Failure<String>) r).error();
        assertThat(error).isInstanceOf(PromptTooLargeException.class).hasMessageContaining(HAIKU.modelId());
        assertThat(((PromptTooLargeException) error).requiredTokens()).isGreaterThan(((PromptTooLargeException) error).usableTokens());
    }

    @Test
    void aLargerFallbackWindowCanTakeWhatThePrimaryCannot() {
        ContextRequest big = ContextRequest.of("長い質問です。".repeat(100));
        InvocationResult<String> r = invoker(FallbackChain.of(SMALL_SONNET, HAIKU)).build().invoke(big, model);
        assertThat(r.getOrThrow()).isEqualTo("answer from " + HAIKU.modelId());
        assertThat(r.outcome().fallbackUsed()).isTrue();
    }

    @Test
    void getOrThrowRethrowsUncheckedErrorsAsTheyAreAndWrapsCheckedOnes() {
        ResilientInvoker inv = invoker(FallbackChain.of(SONNET)).retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(1)).build();
        Bedrock.ValidationException unchecked = new Bedrock.ValidationException();
        model.failNext(SONNET, unchecked);
        InvocationResult<String> first = inv.invoke(ContextRequest.of("q"), model);
        assertThatThrownBy(first::getOrThrow).isSameAs(unchecked);

        Bedrock.ReadTimeoutError checked = new Bedrock.ReadTimeoutError();
        model.failNext(SONNET, checked);
        InvocationResult<String> second = inv.invoke(ContextRequest.of("q"), model);
        assertThat(second.outcome().attempts().getFirst().category()).isEqualTo("MODEL_TIMEOUT");
        assertThatThrownBy(second::getOrThrow).isInstanceOf(ModelCallFailedException.class).hasCause(checked)
                .satisfies(e -> assertThat(((ModelCallFailedException) e).outcome()).isEqualTo(second.outcome()));
        assertThat(second.valueIfSuccess()).isEmpty();
    }

    @Test
    void aFailingPluginBecomesAnInternalErrorNotAnException() {
        TokenBudget broken = new TokenBudget(text -> { throw new IllegalStateException("tokenizer missing"); },
                TokenBudgetPolicy.DEFAULT);
        InvocationResult<String> r = invoker(FallbackChain.of(SONNET)).tokenBudget(broken).build()
                .invoke(ContextRequest.of("q"), model);
        assertThat(r.outcome().stopReason()).isEqualTo(StopReason.INTERNAL_ERROR);
        assertThat(((InvocationResult.Failure<String>) r).error()).hasMessage("tokenizer missing");
        assertThat(model.calls).isEmpty();
    }

    @Test
    void errorsThrownByTheCallAreNotSwallowedButGiveBackTheHalfOpenPermit() {
        ResilientInvoker inv = invoker(FallbackChain.of(SONNET)).retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(1))
                .breakerPolicy(BreakerPolicy.countBased(2, 2, 50f, Duration.ofSeconds(30), 1)).build();
        model.failNext(SONNET, new Bedrock.ThrottlingException(), new Bedrock.ThrottlingException());
        inv.invoke(ContextRequest.of("q"), model);
        inv.invoke(ContextRequest.of("q"), model);
        clock.advance(Duration.ofSeconds(31));

        ModelCall<String> oom = (id, p) -> { throw new OutOfMemoryError("test"); };
        assertThatThrownBy(() -> inv.invoke(ContextRequest.of("q"), oom)).isInstanceOf(OutOfMemoryError.class);
        assertThat(inv.breakers().state(SONNET.modelId())).isEqualTo("HALF_OPEN");
        assertThat(inv.invoke(ContextRequest.of("q"), model).succeeded())
                .as("the single half-open permit was released, so the probe can run").isTrue();
    }

    @Test
    void anInterruptedCallStopsWithoutRetryAndKeepsTheInterruptFlag() {
        InterruptedException interrupted = new InterruptedException("shutting down");
        ModelCall<String> call = (id, p) -> { throw interrupted; };
        InvocationResult<String> r = invoker(FallbackChain.of(SONNET, HAIKU)).build().invoke(ContextRequest.of("q"), call);
        try {
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(r.outcome().stopReason()).isEqualTo(StopReason.INTERRUPTED);
        assertThat(r.outcome().attempts()).hasSize(1);
        assertThat(((InvocationResult.Failure<String>) r).error()).isSameAs(interrupted);
    }

    @Test
    void toFieldsGivesSnakeCaseLogFieldsInAStableOrder() {
        model.failNext(SONNET, new Bedrock.ThrottlingException(), new Bedrock.ThrottlingException(),
                new Bedrock.ThrottlingException());
        ResilienceOutcome o = invoker(FallbackChain.of(SONNET, HAIKU)).random(Bedrock.MAX_JITTER).build()
                .invoke(ContextRequest.of("q"), model).outcome();
        Map<String, Object> f = o.toFields();
        assertThat(f.keySet()).containsExactly("stop_reason", "retry_count", "fallback_used", "original_model_id",
                "final_model_id", "truncation_applied", "tokens_truncated", "history_turns_dropped",
                "rag_chunks_dropped", "estimated_input_tokens", "circuit_breaker_state", "total_backoff_ms", "attempts");
        assertThat(f).containsEntry("stop_reason", "SUCCEEDED").containsEntry("retry_count", 2)
                .containsEntry("fallback_used", true).containsEntry("circuit_breaker_state", "CLOSED")
                .containsEntry("total_backoff_ms", 3_000L).containsEntry("truncation_applied", false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attempts = (List<Map<String, Object>>) f.get("attempts");
        assertThat(attempts).hasSize(4);
        assertThat(attempts.getFirst()).containsEntry("model_id", SONNET.modelId()).containsEntry("status", "FAILED")
                .containsEntry("error_code", "ThrottlingException").containsEntry("error_category", "MODEL_THROTTLE")
                .containsEntry("latency_ms", 250L).containsEntry("backoff_ms", 1_000L);
        assertThat(attempts.get(1)).containsEntry("backoff_ms", 2_000L);
        assertThat(attempts.getLast()).containsEntry("model_id", HAIKU.modelId()).containsEntry("status", "SUCCEEDED");
        assertThatThrownBy(() -> f.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
