package io.fmscope.sdk.resilience;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class TableRetryClassifierTest {

    private final TableRetryClassifier classifier = Bedrock.classifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ThrottlingException | Rate exceeded | MODEL_THROTTLE | true | false | true",
            "''                  | botocore: Too many requests, slow down | MODEL_THROTTLE | true | false | true",
            "ModelTimeoutException | '' | MODEL_TIMEOUT | true | true | true",
            "ConnectionError     | redis CLUSTERDOWN The cluster is down | CACHE_FAILURE | true | false | false",
            "ValidationException | input is too long | MODEL_VALIDATION | false | false | false",
            "AccessDeniedException | not authorized | UNKNOWN | false | false | false"})
    void classifiesByCodeOrMessage(String code, String message, String category,
                                   boolean retryable, boolean timeout, boolean fallback) {
        Classification c = classifier.classify(code, message);
        assertThat(c).isEqualTo(new Classification(code, category, retryable, timeout, fallback));
    }

    @Test
    void looksThroughWrappersToTheCause() {
        Classification c = classifier.classify(new CompletionException(new Bedrock.ThrottlingException()));
        assertThat(c.category()).isEqualTo("MODEL_THROTTLE");
        assertThat(c.errorCode()).isEqualTo("ThrottlingException");
    }

    @Test
    void unknownErrorsAreNotRetried() {
        Classification c = classifier.classify(new IllegalStateException("boom"));
        assertThat(c).isEqualTo(Classification.unknown("IllegalStateException"));
        assertThat(c.retryable()).isFalse();
    }

    @Test
    void selfCausedChainsEnd() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        assertThat(classifier.classify(b).isUnknown()).isTrue();
    }
}
