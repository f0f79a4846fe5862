package io.fmscope.sdk.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogRetryClassifierTest {
    private final CatalogRetryClassifier classifier = CatalogRetryClassifier.forBedrock();

    @Test
    void bedrockThrottlingIsRetriedAndFallsBack() {
        Classification c = classifier.classify("ThrottlingException",
                "An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): "
                        + "Too many requests, please wait before trying again.");
        assertThat(c.category()).isEqualTo("MODEL_THROTTLE");
        assertThat(c.retryable()).isTrue();
        assertThat(c.fallback()).isTrue();
        assertThat(c.timeout()).isFalse();
    }

    @Test
    void readTimeoutIsATimeout() {
        Classification c = classifier.classify("ReadTimeoutError",
                "Read timeout on endpoint URL: \"https://bedrock-runtime.ap-northeast-1.amazonaws.com/model/x/invoke\"");
        assertThat(c.category()).isEqualTo("MODEL_TIMEOUT");
        assertThat(c.retryable()).isTrue();
        assertThat(c.timeout()).isTrue();
    }

    @Test
    void tokenLimitIsNotRetried() {
        Classification c = classifier.classify("ValidationException", "Input is too long for requested model.");
        assertThat(c.category()).isEqualTo("TOKEN_LIMIT");
        assertThat(c.retryable()).isFalse();
        assertThat(c.fallback()).isFalse();
    }

    @Test
    void unknownErrorsAreNotRetried() {
        Classification c = classifier.classify("IllegalStateException", "cart is empty");
        assertThat(c.isUnknown()).isTrue();
        assertThat(c.retryable()).isFalse();
    }

    @Test
    void classifiesExceptionsThroughTheCauseChain() {
        var e = new RuntimeException(new java.util.concurrent.TimeoutException("ModelTimeoutException: Model has timed out"));
        Classification c = classifier.classify(e);
        assertThat(c.category()).isEqualTo("MODEL_TIMEOUT");
    }
}
