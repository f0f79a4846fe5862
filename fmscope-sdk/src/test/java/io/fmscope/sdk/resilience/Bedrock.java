package io.fmscope.sdk.resilience;

import io.fmscope.sdk.resilience.TableRetryClassifier.Rule;
import io.fmscope.sdk.resilience.tokens.FittedPrompt;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Test doubles shaped like Bedrock: its exception names, a small catalog table, a scripted model. */
final class Bedrock {

    static final ModelSpec SONNET = new ModelSpec("anthropic.claude-3-sonnet-20240229-v1:0", 200_000, 1_024);
    static final ModelSpec HAIKU = new ModelSpec("anthropic.claude-3-haiku-20240307-v1:0", 200_000, 1_024);

    static final class ThrottlingException extends RuntimeException {
        ThrottlingException() { super("Too many requests, please wait before trying again."); }
    }

    static final class ModelTimeoutException extends RuntimeException {
        ModelTimeoutException() { super("Model has timed out in processing the request."); }
    }

    static final class ServiceUnavailableException extends RuntimeException {
        ServiceUnavailableException() { super("Service temporarily unavailable"); }
    }

    static final class ValidationException extends RuntimeException {
        ValidationException() { super("Malformed input request: max_tokens must be positive"); }
    }

    /** A checked error, as an application's own call might throw. */
    static final class ReadTimeoutError extends Exception {
        ReadTimeoutError() { super("Read timed out on endpoint URL"); }
    }

    static TableRetryClassifier classifier() {
        return new TableRetryClassifier(List.of(
                new Rule("ThrottlingException", "MODEL_THROTTLE"),
                new Rule("Too many requests", "MODEL_THROTTLE"),
                new Rule("ModelTimeoutException", "MODEL_TIMEOUT"),
                new Rule("ReadTimeout", "MODEL_TIMEOUT"),
                new Rule("ServiceUnavailable", "MODEL_UNAVAILABLE"),
                new Rule("CLUSTERDOWN", "CACHE_FAILURE"),
                new Rule("ValidationException", "MODEL_VALIDATION")),
                Set.of("MODEL_THROTTLE", "MODEL_TIMEOUT", "CACHE_FAILURE", "MODEL_UNAVAILABLE"),
                Set.of("MODEL_TIMEOUT"),
                Set.of("MODEL_THROTTLE", "MODEL_TIMEOUT", "MODEL_UNAVAILABLE"));
    }

    /** Always draws the top of the jitter window, so delays are predictable. */
    static final RandomGenerator MAX_JITTER = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    /**
     * Answers per model from a script of failures; once a model's script is used up it answers
     * "answer from MODEL". Each call may take {@code latency} on the manual clock.
     */
    static final class ScriptedModel implements io.fmscope.sdk.resilience.ModelCall<String> {
        private final Map<String, Deque<Exception>> script = new HashMap<>();
        private final Map<String, Exception> always = new HashMap<>();
        final List<String> calls = new ArrayList<>();
        final List<FittedPrompt> prompts = new ArrayList<>();
        private final ManualClock clock;
        private final Duration latency;

        ScriptedModel(ManualClock clock, Duration latency) {
            this.clock = clock;
            this.latency = latency;
        }

        ScriptedModel failNext(ModelSpec model, Exception... errors) {
            script.computeIfAbsent(model.modelId(), k -> new ArrayDeque<>()).addAll(List.of(errors));
            return this;
        }

        ScriptedModel failAlways(ModelSpec model, Exception error) {
            always.put(model.modelId(), error);
            return this;
        }

        ScriptedModel recover(ModelSpec model) {
            always.remove(model.modelId());
            return this;
        }

        @Override
        public String call(String modelId, FittedPrompt prompt) throws Exception {
            calls.add(modelId);
            prompts.add(prompt);
            clock.advance(latency);
            Deque<Exception> queue = script.get(modelId);
            if (queue != null && !queue.isEmpty()) throw queue.removeFirst();
            if (always.containsKey(modelId)) throw always.get(modelId);
            return "answer from " + modelId;
        }
    }

    private Bedrock() {
    }
}
