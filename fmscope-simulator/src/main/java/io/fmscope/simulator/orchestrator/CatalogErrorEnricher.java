package io.fmscope.simulator.orchestrator;

import io.fmscope.errors.classify.ErrorClassifier;
import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import io.fmscope.model.fmcall.ErrorDetails;
import io.fmscope.model.fmcall.ErrorSeverity;
import io.fmscope.sdk.log.ErrorEnricher;
import io.fmscope.sdk.log.RawError;
import java.util.List;

/**
 * The logger's error enricher backed by the error catalog: the top match gives {@code error_severity},
 * {@code is_retryable} (the pattern is transient) and {@code root_cause_category}; an error the catalog
 * does not know keeps the seed's defaults with root cause {@code UNKNOWN}.
 */
final class CatalogErrorEnricher implements ErrorEnricher {
  private final ErrorClassifier classifier;

  CatalogErrorEnricher(ErrorClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public ErrorDetails enrich(RawError raw) {
    ErrorInput.Builder in = ErrorInput.builder(raw.errorMessage()).service(raw.upstreamService());
    if (!"UNKNOWN".equals(raw.errorCode())) {
      in.code(raw.errorCode());
    }
    List<PatternMatch> matches = classifier.classify(in.build());
    if (matches.isEmpty()) {
      return new ErrorDetails(raw.errorType(), raw.errorCode(), raw.errorMessage(), ErrorSeverity.MEDIUM,
          raw.retryCount(), false, "UNKNOWN", raw.stackTraceHash(), raw.upstreamService());
    }
    PatternMatch top = matches.getFirst();
    ErrorSeverity severity = ErrorSeverity.parse(top.pattern().severity());
    return new ErrorDetails(raw.errorType(), raw.errorCode(), raw.errorMessage(),
        severity == null ? ErrorSeverity.MEDIUM : severity, raw.retryCount(), top.pattern().transientError(),
        top.category(), raw.stackTraceHash(), raw.upstreamService());
  }
}
