package io.fmscope.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic MangaAssist-shaped log messages (the seed's StructuredFMLogger fields: log_type, status,
 * metadata, prompt_metrics, response_metrics, latency, error, cost; plus RAG_RETRIEVAL records), so that
 * every seed query has rows to aggregate.
 */
final class SeedShapedEvents {
    private static final String[] MODELS = {"anthropic.claude-3-sonnet-20240229-v1:0", "anthropic.claude-3-haiku-20240307-v1:0"};
    private static final String[] STATUS = {"SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "ERROR",
            "THROTTLED", "TIMEOUT", "CONTENT_FILTERED"};
    private static final String[] ERRORS = {"ThrottlingException", "ModelTimeoutException", "ValidationException"};
    private static final String[] TEMPLATES = {"recommend_v2", "faq_v1", "order_status_v3"};
    private static final String[] LANGS = {"ja", "en"};

    /** Timestamp and message of one event. */
    record Event(long timestamp, String message) {
    }

    private SeedShapedEvents() {
    }

    /** {@code n} events one every {@code stepMillis} from {@code start}, in time order. */
    static List<Event> generate(int n, long start, long stepMillis, long seed) {
        Random r = new Random(seed);
        List<Event> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long ts = start + i * stepMillis;
            out.add(new Event(ts, i % 7 == 6 ? rag(r, ts) : fmCall(r, ts, i)));
        }
        return out;
    }

    private static String fmCall(Random r, long ts, int i) {
        String status = STATUS[r.nextInt(STATUS.length)];
        String model = MODELS[r.nextInt(MODELS.length)];
        double bedrock = 300 + r.nextInt(2500) + r.nextInt(100) / 100.0;
        double os = 20 + r.nextInt(400);
        double total = bedrock + os + 50 + r.nextInt(1500);
        int in = 500 + r.nextInt(3000);
        int outTok = 50 + r.nextInt(800);
        double cost = in * 3e-6 + outTok * 15e-6;
        String error = status.equals("SUCCESS") ? "null" : String.format(Locale.ROOT,
                "{\"error_type\":\"%s\",\"error_code\":\"%d\",\"error_severity\":\"HIGH\",\"retry_count\":%d,"
                        + "\"is_retryable\":%b,\"root_cause_category\":\"%s\"}",
                status.equals("THROTTLED") ? ERRORS[0] : ERRORS[r.nextInt(ERRORS.length)], 400 + r.nextInt(200),
                r.nextInt(4), r.nextBoolean(), status.equals("THROTTLED") ? "CAPACITY" : "MODEL");
        return String.format(Locale.ROOT, "{\"log_type\":\"FM_CALL\",\"status\":\"%s\",\"metadata\":{\"request_id\":\"req-%d\","
                        + "\"session_id\":\"sess-%d\",\"model_id\":\"%s\",\"region\":\"ap-northeast-1\"},"
                        + "\"prompt_metrics\":{\"prompt_template_id\":\"%s\",\"total_input_tokens\":%d,\"language\":\"%s\"},"
                        + "\"response_metrics\":{\"output_token_count\":%d,\"content_filter_triggered\":%b,"
                        + "\"content_filter_reason\":%s},"
                        + "\"latency\":{\"total_e2e_ms\":%.2f,\"opensearch_query_ms\":%.1f,\"bedrock_invoke_ms\":%.2f},"
                        + "\"error\":%s,\"cost\":{\"total_cost_usd\":%.6f,\"was_cached\":%b,\"cache_hit_savings_usd\":%.6f},"
                        + "\"ts\":%d}",
                status, i, i / 5, model, TEMPLATES[r.nextInt(TEMPLATES.length)], in, LANGS[r.nextInt(2)], outTok,
                status.equals("CONTENT_FILTERED"), status.equals("CONTENT_FILTERED") ? "\"violence\"" : "null",
                total, os, bedrock, error, cost, r.nextInt(5) == 0, r.nextInt(5) == 0 ? cost / 2 : 0.0, ts);
    }

    private static String rag(Random r, long ts) {
        return String.format(Locale.ROOT, "{\"log_type\":\"RAG_RETRIEVAL\",\"avg_relevance\":%.3f,\"min_relevance\":%.3f,"
                + "\"results_returned\":%d,\"query_latency_ms\":%d,\"ts\":%d}", 0.5 + r.nextDouble() / 2,
                r.nextDouble() / 2, 1 + r.nextInt(10), 10 + r.nextInt(300), ts);
    }
}
