package io.fmscope.storage.duckdb.differential;

import io.fmscope.model.log.LogEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic mix for the query corpus: MangaAssist FM calls and RAG retrievals shaped like the seed's
 * {@code StructuredFMLogger} output (section 3.1), Lambda REPORT platform lines, VPC flow-log-like JSON, plain text
 * lines, and one field whose values change kind (so its column is widened). Two days, two streams.
 */
final class CorpusFixture {
    static final long START = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
    private static final String[] STATUS = {"SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "ERROR", "THROTTLED",
        "TIMEOUT", "CONTENT_FILTERED"};
    private static final String[] MODELS = {"anthropic.claude-3-sonnet-20240229-v1:0",
        "anthropic.claude-3-haiku-20240307-v1:0"};

    private CorpusFixture() {
    }

    static List<LogEvent> events(int n, long seed) {
        Random r = new Random(seed);
        List<LogEvent> out = new ArrayList<>(n);
        long t = START;
        for (int i = 0; i < n; i++) {
            t += 30_000 + r.nextInt(240_000);
            String m = switch (r.nextInt(20)) {
                case 0, 1, 2 -> rag(r, i);
                case 3 -> lambda(r);
                case 4 -> vpc(r);
                case 5 -> "2024-05-01 INFO plain text line " + i + " user=" + r.nextInt(9);
                default -> fmCall(r, i);
            };
            out.add(new LogEvent(t, t + 5, m, "app-" + (i % 2), TwoStores.GROUP, String.format("%09d", i)));
        }
        return out;
    }

    private static String fmCall(Random r, int i) {
        String status = STATUS[r.nextInt(STATUS.length)];
        String model = MODELS[r.nextInt(2)];
        double bedrock = 400 + r.nextInt(3000) + r.nextInt(100) / 10.0;
        double os = 20 + r.nextInt(300) + r.nextInt(10) / 10.0;
        double total = bedrock + os + 50 + r.nextInt(900);
        int in = 300 + r.nextInt(3000);
        int outTok = status.equals("SUCCESS") ? 50 + r.nextInt(900) : 0;
        double cost = Math.round((in * 3e-6 + outTok * 15e-6) * 1e8) / 1e8;
        boolean cached = r.nextInt(5) == 0;
        String error = status.equals("SUCCESS") ? "" : String.format(Locale.ROOT,
                ",\"error\":{\"error_type\":\"%s\",\"error_code\":\"%s\",\"retry_count\":%d,\"is_retryable\":%b,"
                        + "\"root_cause_category\":\"%s\"}",
                status.equals("THROTTLED") ? "ThrottlingException" : "ModelErrorException",
                status.equals("THROTTLED") ? "THROTTLING" : "MODEL_ERROR", r.nextInt(4), r.nextBoolean(),
                r.nextBoolean() ? "capacity" : "upstream");
        Object mixed = r.nextInt(4) == 0 ? "\"n/a\"" : r.nextInt(100);
        return String.format(Locale.ROOT, "{\"log_type\":\"FM_CALL\",\"metadata\":{\"request_id\":\"req-%d\","
                        + "\"session_id\":\"sess-%d\",\"model_id\":\"%s\",\"region\":\"ap-northeast-1\"},"
                        + "\"status\":\"%s\",\"prompt_metrics\":{\"prompt_template_id\":\"%s\",\"total_input_tokens\":%d,"
                        + "\"language\":\"%s\"},\"response_metrics\":{\"output_token_count\":%d,"
                        + "\"content_filter_triggered\":%b%s},\"latency\":{\"total_e2e_ms\":%s,"
                        + "\"opensearch_query_ms\":%s,\"bedrock_invoke_ms\":%s,\"redis_cache_check_ms\":%s},"
                        + "\"cost\":{\"total_cost_usd\":%s,\"was_cached\":%b,\"cache_hit_savings_usd\":%s}%s,"
                        + "\"mixed\":%s,\"bytes\":%d}",
                i, i / 4, model, status, r.nextBoolean() ? "recommend-v3" : "faq-v2", in, r.nextBoolean() ? "ja" : "en",
                outTok, status.equals("CONTENT_FILTERED"),
                status.equals("CONTENT_FILTERED") ? ",\"content_filter_reason\":\"VIOLENCE\"" : "", num(total), num(os),
                num(bedrock), num(0.5 + r.nextInt(20) / 10.0), num(cost), cached, num(cached ? cost * 9 : 0.0), error,
                mixed, 100 + r.nextInt(5000));
    }

    private static String rag(Random r, int i) {
        return String.format(Locale.ROOT, "{\"log_type\":\"RAG_RETRIEVAL\",\"request_id\":\"req-%d\","
                        + "\"opensearch_index\":\"manga-catalog-v2\",\"results_returned\":%d,\"avg_relevance\":%s,"
                        + "\"min_relevance\":%s,\"query_latency_ms\":%s}",
                i, 1 + r.nextInt(5), num(0.5 + r.nextInt(500) / 1000.0), num(r.nextInt(500) / 1000.0),
                num(15 + r.nextInt(2000) / 10.0));
    }

    private static String lambda(Random r) {
        return String.format(Locale.ROOT, "REPORT RequestId: 8f5b2c1e-%04d Duration: %s ms Billed Duration: %d ms "
                + "Memory Size: 512 MB Max Memory Used: %d MB", r.nextInt(10_000), num(10 + r.nextInt(5000) / 10.0),
                100 * (1 + r.nextInt(20)), 60 + r.nextInt(400));
    }

    private static String vpc(Random r) {
        return String.format(Locale.ROOT, "{\"srcAddr\":\"10.0.%d.%d\",\"dstAddr\":\"192.0.2.%d\",\"protocol\":%d,"
                + "\"bytes\":%d,\"action\":\"%s\"}", r.nextInt(3), r.nextInt(9), r.nextInt(5), r.nextBoolean() ? 6 : 17,
                r.nextInt(100_000), r.nextInt(4) == 0 ? "REJECT" : "ACCEPT");
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
    }
}
