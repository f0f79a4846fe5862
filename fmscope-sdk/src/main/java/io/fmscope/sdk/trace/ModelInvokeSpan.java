package io.fmscope.sdk.trace;

import io.opentelemetry.api.trace.Span;
import java.util.List;

/** The model-invoke child: adds the GenAI response attributes (token usage, response model, cost). */
public final class ModelInvokeSpan extends ChildSpan {
    ModelInvokeSpan(FmRequest request, Component component, String name, Span span, long startNanos) {
        super(request, component, name, span, startNanos);
    }

    /** {@code gen_ai.usage.input_tokens} and {@code gen_ai.usage.output_tokens}. */
    public ModelInvokeSpan usage(long inputTokens, long outputTokens) {
        set(FmAttributes.GEN_AI_INPUT_TOKENS, inputTokens);
        set(FmAttributes.GEN_AI_OUTPUT_TOKENS, outputTokens);
        return this;
    }

    /** Prompt-cache tokens: {@code gen_ai.usage.cache_read.input_tokens} / {@code cache_creation.input_tokens}. */
    public ModelInvokeSpan cacheTokens(long readTokens, long creationTokens) {
        set(FmAttributes.GEN_AI_CACHE_READ_TOKENS, readTokens);
        set(FmAttributes.GEN_AI_CACHE_CREATION_TOKENS, creationTokens);
        return this;
    }

    public ModelInvokeSpan responseModel(String model) {
        set(FmAttributes.GEN_AI_RESPONSE_MODEL, model);
        return this;
    }

    public ModelInvokeSpan responseId(String id) {
        set(FmAttributes.GEN_AI_RESPONSE_ID, id);
        return this;
    }

    public ModelInvokeSpan finishReasons(String... reasons) {
        if (reasons != null) set(FmAttributes.GEN_AI_FINISH_REASONS, Guard.get(() -> List.of(reasons), null));
        return this;
    }

    /** The call's cost in US dollars ({@code fmscope.cost.usd}), e.g. from {@code io.fmscope.sdk.cost}. */
    public ModelInvokeSpan costUsd(double usd) {
        set(FmAttributes.COST_USD, usd);
        return this;
    }
}
