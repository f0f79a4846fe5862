package io.fmscope.query.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates seed-shaped log lines (seed section 3.1): {@code FM_CALL} entries as {@code StructuredFMLogger.to_json}
 * writes them (nulls left out) and {@code RAG_RETRIEVAL} entries, over four hours of a MangaAssist day.
 * Deterministic (fixed random seed). {@code main} rewrites the committed fixture; {@code SeedFixtureTest} checks
 * the committed file still equals this output.
 */
public final class SeedFixture {
    static final String RESOURCE = "fixtures/mangaassist-fm-calls.jsonl";
    static final long START = Instant.parse("2024-05-01T10:00:00Z").toEpochMilli();
    static final String SONNET = "anthropic.claude-3-sonnet-20240229-v1:0";
    static final String HAIKU = "anthropic.claude-3-haiku-20240307-v1:0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedFixture() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "fmscope-query/src/test/resources/" + RESOURCE);
        Files.write(out, lines(), StandardCharsets.UTF_8);
    }

    static List<String> lines() {
        Random rnd = new Random(20240501L);
        List<String> out = new ArrayList<>();
        long t = START;
        for (int i = 0; i < 480; i++) {
            t += 5_000 + rnd.nextInt(55_000);
            out.add(rnd.nextInt(5) == 0 ? rag(rnd, t, i) : fmCall(rnd, t, i));
        }
        return out;
    }

    private static String fmCall(Random rnd, long t, int i) {
        String status = pick(rnd, new String[] {"SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS",
            "SUCCESS", "SUCCESS", "SUCCESS", "ERROR", "THROTTLED", "TIMEOUT", "CONTENT_FILTERED"});
        String model = rnd.nextInt(3) == 0 ? SONNET : HAIKU;
        ObjectNode e = JSON.createObjectNode();
        e.put("log_type", "FM_CALL");
        ObjectNode m = e.putObject("metadata");
        m.put("request_id", "req-" + i);
        m.put("session_id", "sess-" + rnd.nextInt(60));
        m.put("user_id", "user-" + rnd.nextInt(40));
        m.put("conversation_turn", 1 + rnd.nextInt(8));
        m.put("model_id", model);
        m.put("model_version", model.equals(SONNET) ? "20240229" : "20240307");
        m.put("region", "ap-northeast-1");
        m.put("timestamp_iso", Instant.ofEpochMilli(t).toString().replace("Z", "+00:00"));
        m.put("timestamp_epoch_ms", t);
        e.put("status", status);
        int system = 300 + rnd.nextInt(200);
        int context = rnd.nextInt(3000);
        int user = 10 + rnd.nextInt(300);
        int input = system + context + user;
        ObjectNode p = e.putObject("prompt_metrics");
        p.put("prompt_template_id", pick(rnd, new String[] {"manga-recommend-v3", "order-status-v1", "faq-v2"}));
        p.put("prompt_token_count", input);
        p.put("system_prompt_token_count", system);
        p.put("context_token_count", context);
        p.put("user_message_token_count", user);
        p.put("total_input_tokens", input);
        p.put("prompt_hash", Long.toHexString(rnd.nextLong()).substring(0, 8));
        p.put("contains_manga_title", rnd.nextBoolean());
        p.put("contains_author_name", false);
        p.put("language", rnd.nextInt(3) == 0 ? "en" : "ja");
        int chunks = rnd.nextInt(6);
        p.put("rag_chunks_included", chunks);
        ArrayNode scores = p.putArray("rag_relevance_scores");
        for (int c = 0; c < chunks; c++) scores.add(round(0.4 + rnd.nextDouble() * 0.6, 4));
        int output = status.equals("SUCCESS") ? 50 + rnd.nextInt(900) : 0;
        ObjectNode r = e.putObject("response_metrics");
        r.put("output_token_count", output);
        r.put("stop_reason", status.equals("SUCCESS") ? "end_turn" : "error");
        r.put("response_length_chars", output * 3);
        r.put("response_language", "ja");
        r.put("contains_product_recommendation", rnd.nextBoolean());
        r.put("recommendation_count", rnd.nextInt(4));
        r.put("content_filter_triggered", status.equals("CONTENT_FILTERED"));
        if (status.equals("CONTENT_FILTERED")) r.put("content_filter_reason", pick(rnd, new String[] {"VIOLENCE", "HATE"}));
        double os = round(20 + rnd.nextDouble() * (rnd.nextInt(10) == 0 ? 2500 : 180), 1);
        double bedrock = round(400 + rnd.nextDouble() * (model.equals(SONNET) ? 3200 : 1400), 1);
        double other = round(30 + rnd.nextDouble() * 120, 1);
        ObjectNode l = e.putObject("latency");
        l.put("total_e2e_ms", round(os + bedrock + other, 1));
        l.put("api_gateway_ms", round(other / 3, 1));
        l.put("orchestrator_processing_ms", round(other / 3, 1));
        l.put("rag_retrieval_ms", round(os + 5, 1));
        l.put("opensearch_query_ms", os);
        l.put("dynamodb_session_lookup_ms", round(3 + rnd.nextDouble() * 10, 1));
        l.put("redis_cache_check_ms", round(0.5 + rnd.nextDouble() * 2, 1));
        l.put("bedrock_invoke_ms", bedrock);
        l.put("bedrock_first_token_ms", round(bedrock / 4, 1));
        l.put("response_parsing_ms", round(rnd.nextDouble() * 8, 1));
        l.put("websocket_delivery_ms", round(rnd.nextDouble() * 15, 1));
        if (!status.equals("SUCCESS")) error(rnd, e, status);
        boolean cached = rnd.nextInt(5) == 0;
        double in = input / 1_000_000.0 * (model.equals(SONNET) ? 3.0 : 0.25);
        double outCost = output / 1_000_000.0 * (model.equals(SONNET) ? 15.0 : 1.25);
        double total = in + outCost;
        ObjectNode c = e.putObject("cost");
        c.put("input_cost_usd", round(in, 8));
        c.put("output_cost_usd", round(outCost, 8));
        c.put("total_cost_usd", round(cached ? total * 0.1 : total, 8));
        c.put("model_pricing_tier", model.equals(SONNET) ? "anthropic.claude-3-sonnet" : "anthropic.claude-3-haiku");
        c.put("was_cached", cached);
        c.put("cache_hit_savings_usd", round(cached ? total * 0.9 : 0.0, 8));
        e.putObject("tags");
        return e.toString();
    }

    private static void error(Random rnd, ObjectNode e, String status) {
        ObjectNode err = e.putObject("error");
        String type = switch (status) {
            case "THROTTLED" -> "ThrottlingException";
            case "TIMEOUT" -> "ModelTimeoutException";
            case "CONTENT_FILTERED" -> "ContentFilterException";
            default -> pick(rnd, new String[] {"ValidationException", "ModelErrorException", "ServiceUnavailableException"});
        };
        err.put("error_type", type);
        err.put("error_code", type.replace("Exception", "").toUpperCase(java.util.Locale.ROOT));
        err.put("error_message", type + " from Bedrock");
        err.put("error_severity", pick(rnd, new String[] {"LOW", "MEDIUM", "HIGH", "CRITICAL"}));
        err.put("retry_count", status.equals("THROTTLED") ? 1 + rnd.nextInt(4) : rnd.nextInt(2));
        err.put("is_retryable", !status.equals("CONTENT_FILTERED"));
        err.put("root_cause_category", pick(rnd, new String[] {"capacity", "input", "upstream"}));
        err.put("stack_trace_hash", Long.toHexString(rnd.nextLong()).substring(0, 8));
        err.put("upstream_service", "bedrock");
    }

    private static String rag(Random rnd, long t, int i) {
        ObjectNode e = JSON.createObjectNode();
        e.put("log_type", "RAG_RETRIEVAL");
        e.put("request_id", "req-" + i);
        e.put("session_id", "sess-" + rnd.nextInt(60));
        e.put("query_hash", Long.toHexString(rnd.nextLong()).substring(0, 8));
        e.put("opensearch_index", "manga-catalog-v2");
        e.put("vector_dimension", 1024);
        e.put("k_requested", 5);
        int returned = 1 + rnd.nextInt(5);
        e.put("results_returned", returned);
        ArrayNode scores = e.putArray("relevance_scores");
        double sum = 0;
        double min = 1;
        double max = 0;
        for (int k = 0; k < returned; k++) {
            double s = round(0.3 + rnd.nextDouble() * 0.7, 4);
            scores.add(s);
            sum += s;
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        e.put("avg_relevance", round(sum / returned, 4));
        e.put("min_relevance", min);
        e.put("max_relevance", max);
        e.put("query_latency_ms", round(15 + rnd.nextDouble() * 200, 2));
        e.put("timestamp", Instant.ofEpochMilli(t).toString().replace("Z", "+00:00"));
        return e.toString();
    }

    private static String pick(Random rnd, String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    private static double round(double v, int places) {
        return java.math.BigDecimal.valueOf(v).setScale(places, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
