package io.fmscope.sdk.resilience;

import io.fmscope.sdk.resilience.tokens.ContextRequest;
import io.fmscope.sdk.resilience.tokens.FittedPrompt;
import io.fmscope.sdk.resilience.tokens.RagChunk;
import io.fmscope.sdk.resilience.tokens.Turn;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The wiring example of docs/resilience.md, run as written there (apart from the fake clock). */
class WiringExampleTest {

    /** Stands in for the application's Bedrock client. */
    static final class FakeBedrock {
        int sonnetThrottlesLeft = 5;

        String invokeModel(String modelId, FittedPrompt p) {
            if (modelId.contains("sonnet") && sonnetThrottlesLeft-- > 0) throw new Bedrock.ThrottlingException();
            return modelId + " answered " + p.userMessage();
        }
    }

    @Test
    void wiringExampleFromTheDocs() {
        ManualClock clock = new ManualClock();
        FakeBedrock bedrock = new FakeBedrock();
        RetryClassifier classifier = Bedrock.classifier();
        List<Map<String, Object>> log = new ArrayList<>();

        // --- docs/resilience.md "Wiring" starts here ---
        ResilientInvoker invoker = ResilientInvoker.builder(
                        FallbackChain.of(
                                new ModelSpec("anthropic.claude-3-sonnet-20240229-v1:0", 200_000, 1_024),
                                new ModelSpec("anthropic.claude-3-haiku-20240307-v1:0", 200_000, 1_024)),
                        classifier)
                .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(2).withDeadline(Duration.ofSeconds(10)))
                .clock(clock).sleeper(new FakeSleeper(clock))          // omit both in production
                .build();

        ContextRequest request = new ContextRequest(
                "You are MangaAssist, a helpful manga store assistant.",
                List.of(Turn.user("Do you have One Piece?"), Turn.assistant("Yes, volumes 1-107.")),
                List.of(new RagChunk("p-107", "One Piece vol. 107, paperback, in stock", 0.92)),
                "When is volume 108 out?");

        InvocationResult<String> result = invoker.invoke(request, bedrock::invokeModel);
        log.add(result.outcome().toFields());                    // the logger copies these fields
        String answer = switch (result) {
            case InvocationResult.Success<String> s -> s.value();
            case InvocationResult.Failure<String> f -> "Sorry, please try again in a moment.";
        };
        // --- "Wiring" ends here ---

        assertThat(answer).isEqualTo("anthropic.claude-3-haiku-20240307-v1:0 answered When is volume 108 out?");
        assertThat(log.getFirst()).containsEntry("fallback_used", true).containsEntry("retry_count", 1)
                .containsEntry("original_model_id", "anthropic.claude-3-sonnet-20240229-v1:0");
    }
}
