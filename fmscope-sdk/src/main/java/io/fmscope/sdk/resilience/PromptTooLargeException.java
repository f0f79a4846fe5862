package io.fmscope.sdk.resilience;

/**
 * The SDK's reason for not calling a model: the system prompt and the user message alone need more
 * input tokens than the model allows once max_tokens and the safety margin are reserved.
 * Returned inside {@link InvocationResult.Failure}, never thrown by the invoker.
 */
public final class PromptTooLargeException extends RuntimeException {

    private final String modelId;
    private final int requiredTokens;
    private final int usableTokens;

    public PromptTooLargeException(String modelId, int requiredTokens, int usableTokens) {
        super("system prompt + user message need ~" + requiredTokens + " input tokens but " + modelId
                + " allows " + usableTokens + " after reserving max_tokens and the safety margin", null, false, false);
        this.modelId = modelId;
        this.requiredTokens = requiredTokens;
        this.usableTokens = usableTokens;
    }

    public String modelId() {
        return modelId;
    }

    public int requiredTokens() {
        return requiredTokens;
    }

    public int usableTokens() {
        return usableTokens;
    }
}
