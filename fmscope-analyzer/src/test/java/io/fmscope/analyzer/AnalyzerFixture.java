package io.fmscope.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Seed-shaped events (section 3.1 FM calls, RAG retrievals) as {timestamp, message}, evenly over a period. */
final class AnalyzerFixture {
    private static final String[] STATUS = {"SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "ERROR",
        "THROTTLED", "TIMEOUT"};
    private static final String[] MODELS = {"anthropic.claude-3-sonnet-20240229-v1:0",
        "anthropic.claude-3-haiku-20240307-v1:0"};

    private AnalyzerFixture() {
    }

    static List<String[]> events(long start, int n, long seed) {
        Random r = new Random(seed);
        List<String[]> out = new ArrayList<>(n);
        long step = 26 * 3_600_000L / n;
        for (int i = 0; i < n; i++) {
            long ts = start + i * step + r.nextInt((int) step);
            out.add(new String[] {Long.toString(ts), i % 6 == 5 ? rag(r) : fmCall(r, i)});
        }
        return out;
    }

    private static String fmCall(Random r, int i) {
        String status = STATUS[r.nextInt(STATUS.length)];
        String model = MODELS[r.nextInt(2)];
        double bedrock = 400 + r.nextInt(3000) + r.nextInt(100) / 100.0;
        double os = 20 + r.nextInt(400) + r.nextInt(10) / 10.0;
        double total = Math.round((bedrock + os + 50 + r.nextInt(600)) * 100) / 100.0;
        int in = 300 + r.nextInt(3000);
        int out = status.equals("SUCCESS") ? 50 + r.nextInt(900) : 0;
        boolean cached = r.nextInt(5) == 0;
        double cost = Math.round((in * 3e-6 + out * 15e-6) * 1e8) / 1e8;
        String error = status.equals("SUCCESS") ? "" : String.format(Locale.ROOT, ",\"error\":{\"error_type\":\"%s\","
                        + "\"error_code\":\"%s\",\"retry_count\":%d,\"root_cause_category\":\"%s\"}",
                status.equals("THROTTLED") ? "ThrottlingException" : "ModelTimeoutException",
                status.equals("THROTTLED") ? "THROTTLING" : "TIMEOUT", r.nextInt(4),
                status.equals("THROTTLED") ? "capacity" : "upstream");
        return String.format(Locale.ROOT, "{\"log_type\":\"FM_CALL\",\"metadata\":{\"request_id\":\"req-%d\","
                        + "\"session_id\":\"sess-%d\",\"model_id\":\"%s\"},\"status\":\"%s\","
                        + "\"prompt_metrics\":{\"total_input_tokens\":%d},\"response_metrics\":{\"output_token_count\":%d},"
                        + "\"latency\":{\"total_e2e_ms\":%s,\"bedrock_invoke_ms\":%s,\"opensearch_query_ms\":%s,"
                        + "\"redis_cache_check_ms\":%s},\"cost\":{\"total_cost_usd\":%s,\"was_cached\":%b,"
                        + "\"cache_hit_savings_usd\":%s}%s}",
                i, i / 5, model, status, in, out, total, bedrock, os, 0.5 + r.nextInt(20) / 10.0, cost, cached,
                cached ? Math.round(cost * 9 * 1e8) / 1e8 : 0.0, error);
    }

    private static String rag(Random r) {
        return String.format(Locale.ROOT, "{\"log_type\":\"RAG_RETRIEVAL\",\"opensearch_index\":\"manga-catalog-v2\","
                        + "\"results_returned\":%d,\"avg_relevance\":%s,\"min_relevance\":%s,\"query_latency_ms\":%s}",
                1 + r.nextInt(5), 0.5 + r.nextInt(500) / 1000.0, r.nextInt(500) / 1000.0, 15 + r.nextInt(2000) / 10.0);
    }
}
