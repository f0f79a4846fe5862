package io.fmscope.sdk.resilience;

import io.fmscope.sdk.resilience.tokens.FittedPrompt;

/**
 * The application's model call: send the fitted prompt to {@code modelId} and return the response,
 * or throw. Any {@link Exception} is caught, classified and may be retried or sent to the next model.
 */
@FunctionalInterface
public interface ModelCall<R> {

    R call(String modelId, FittedPrompt prompt) throws Exception;
}
