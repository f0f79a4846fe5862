package io.fmscope.sdk.resilience;

import io.fmscope.errors.Categories;
import io.fmscope.errors.classify.ErrorClassifier;
import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import java.util.List;
import java.util.Set;

/**
 * The {@link RetryClassifier} backed by the error catalog: an error is retried only when its top catalog
 * match is transient ({@code is_transient}), costs a timeout's share of the retry budget when its category
 * is {@code MODEL_TIMEOUT}, and moves to the next model of the chain when another model can help
 * (throttling, timeouts, an unavailable model). Errors the catalog does not know are not retried.
 */
public final class CatalogRetryClassifier implements RetryClassifier {

    /** Categories where a different model (or the same model in another profile) may succeed. */
    static final Set<String> FALLBACK_CATEGORIES =
            Set.of(Categories.MODEL_THROTTLE, Categories.MODEL_TIMEOUT, Categories.MODEL_UNAVAILABLE);

    private final ErrorClassifier classifier;
    private final String service;

    /** @param service the upstream service the calls go to, e.g. {@code bedrock}; used to rank matches */
    public CatalogRetryClassifier(ErrorClassifier classifier, String service) {
        this.classifier = classifier;
        this.service = service;
    }

    /** The built-in catalog plus {@code FMSCOPE_ERROR_CATALOG} files, for calls to Bedrock. */
    public static CatalogRetryClassifier forBedrock() {
        return new CatalogRetryClassifier(ErrorClassifier.withDefaults(), "bedrock");
    }

    @Override
    public Classification classify(String errorCode, String message) {
        ErrorInput.Builder in = ErrorInput.builder(message == null ? "" : message);
        if (errorCode != null && !errorCode.isEmpty()) in.code(errorCode);
        if (service != null) in.service(service);
        List<PatternMatch> matches = classifier.classify(in.build());
        if (matches.isEmpty()) return Classification.unknown(errorCode);
        PatternMatch top = matches.getFirst();
        String category = top.category();
        return new Classification(errorCode, category, top.pattern().transientError(),
                Categories.MODEL_TIMEOUT.equals(category), FALLBACK_CATEGORIES.contains(category));
    }
}
