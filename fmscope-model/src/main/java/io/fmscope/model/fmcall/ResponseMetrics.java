package io.fmscope.model.fmcall;

/**
 * JSON object {@code response_metrics}: what came back, without the text itself.
 *
 * @param outputTokenCount {@code output_token_count}
 * @param stopReason {@code stop_reason}, e.g. {@code end_turn}, {@code max_tokens}
 * @param responseLengthChars {@code response_length_chars}: Unicode code points, like Python's
 *     {@code len()}
 * @param responseLanguage {@code response_language}: {@code ja}, {@code en} or {@code unknown}
 * @param containsProductRecommendation {@code contains_product_recommendation}
 * @param recommendationCount {@code recommendation_count}: occurrences of "isbn"
 * @param confidenceScore {@code confidence_score}; {@code null} (written as JSON null) when unknown
 * @param contentFilterTriggered {@code content_filter_triggered}
 * @param contentFilterReason {@code content_filter_reason}; {@code null} when not filtered
 * @param responseText extension {@code response_text}: written only when content capture is on
 */
public record ResponseMetrics(
    int outputTokenCount,
    String stopReason,
    int responseLengthChars,
    String responseLanguage,
    boolean containsProductRecommendation,
    int recommendationCount,
    Double confidenceScore,
    boolean contentFilterTriggered,
    String contentFilterReason,
    String responseText) {}
