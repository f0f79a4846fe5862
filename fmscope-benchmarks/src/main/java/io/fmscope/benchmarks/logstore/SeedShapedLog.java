package io.fmscope.benchmarks.logstore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * Deterministic MangaAssist log lines shaped like the seed's {@code StructuredFMLogger.to_json} output (section
 * 3.1: log_type, metadata, status, prompt_metrics, response_metrics, latency, error on failures, cost, tags; nulls
 * left out) plus one {@code RAG_RETRIEVAL} line in seven. About 1.5 KB and 60 fields per FM call, like the seed.
 * Event {@code i} happens at {@code start + i * stepMillis}, so a million events at 100 ms span about 28 hours.
 */
public final class SeedShapedLog {
    static final String SONNET = "anthropic.claude-3-sonnet-20240229-v1:0";
    static final String HAIKU = "anthropic.claude-3-haiku-20240307-v1:0";
    private static final String[] STATUS = {"SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS",
        "SUCCESS", "SUCCESS", "ERROR", "THROTTLED", "TIMEOUT", "CONTENT_FILTERED"};
    private static final String[] TEMPLATES = {"manga-recommend-v3", "order-status-v1", "faq-v2"};
    private static final JsonFactory JSON = new JsonFactory();

    private final long start;
    private final long stepMillis;
    private final long seed;

    public SeedShapedLog(long start, long stepMillis, long seed) {
        this.start = start;
        this.stepMillis = stepMillis;
        this.seed = seed;
    }

    /** Timestamp of event {@code i}. */
    public long timestamp(int i) {
        return start + i * stepMillis;
    }

    /** The message of event {@code i}; the same {@code i} always gives the same text. */
    public String message(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        StringWriter out = new StringWriter(1600);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            if (i % 7 == 6) {
                rag(g, r, i);
            } else {
                fmCall(g, r, i);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void fmCall(JsonGenerator g, Random r, int i) throws IOException {
        String status = STATUS[r.nextInt(STATUS.length)];
        boolean ok = status.equals("SUCCESS");
        String model = r.nextInt(3) == 0 ? SONNET : HAIKU;
        boolean sonnet = model.equals(SONNET);
        long ts = timestamp(i);
        g.writeStartObject();
        g.writeStringField("log_type", "FM_CALL");
        g.writeObjectFieldStart("metadata");
        g.writeStringField("request_id", "req-" + i);
        g.writeStringField("session_id", "sess-" + (i / 6));
        g.writeStringField("user_id", "user-" + r.nextInt(5000));
        g.writeNumberField("conversation_turn", 1 + r.nextInt(8));
        g.writeStringField("model_id", model);
        g.writeStringField("model_version", sonnet ? "20240229" : "20240307");
        g.writeStringField("region", "ap-northeast-1");
        g.writeStringField("timestamp_iso", java.time.Instant.ofEpochMilli(ts).toString());
        g.writeNumberField("timestamp_epoch_ms", ts);
        g.writeEndObject();
        g.writeStringField("status", status);
        int system = 300 + r.nextInt(200);
        int context = r.nextInt(3000);
        int user = 10 + r.nextInt(300);
        int input = system + context + user;
        g.writeObjectFieldStart("prompt_metrics");
        g.writeStringField("prompt_template_id", TEMPLATES[r.nextInt(TEMPLATES.length)]);
        g.writeNumberField("prompt_token_count", input);
        g.writeNumberField("system_prompt_token_count", system);
        g.writeNumberField("context_token_count", context);
        g.writeNumberField("user_message_token_count", user);
        g.writeNumberField("total_input_tokens", input);
        g.writeStringField("prompt_hash", Long.toHexString(r.nextLong() | Long.MIN_VALUE).substring(0, 16));
        g.writeBooleanField("contains_manga_title", r.nextBoolean());
        g.writeBooleanField("contains_author_name", r.nextInt(4) == 0);
        g.writeStringField("language", r.nextInt(3) == 0 ? "en" : "ja");
        int chunks = r.nextInt(6);
        g.writeNumberField("rag_chunks_included", chunks);
        g.writeArrayFieldStart("rag_relevance_scores");
        for (int c = 0; c < chunks; c++) {
            g.writeNumber(round(0.4 + r.nextDouble() * 0.6, 4));
        }
        g.writeEndArray();
        g.writeEndObject();
        int output = ok ? 50 + r.nextInt(900) : 0;
        g.writeObjectFieldStart("response_metrics");
        g.writeNumberField("output_token_count", output);
        g.writeStringField("stop_reason", ok ? "end_turn" : "error");
        g.writeNumberField("response_length_chars", output * 3);
        g.writeStringField("response_language", "ja");
        g.writeBooleanField("contains_product_recommendation", r.nextBoolean());
        g.writeNumberField("recommendation_count", r.nextInt(4));
        if (ok) {
            g.writeNumberField("confidence_score", round(0.5 + r.nextDouble() / 2, 3));
        }
        g.writeBooleanField("content_filter_triggered", status.equals("CONTENT_FILTERED"));
        if (status.equals("CONTENT_FILTERED")) {
            g.writeStringField("content_filter_reason", r.nextBoolean() ? "VIOLENCE" : "HATE");
        }
        g.writeEndObject();
        latency(g, r, sonnet);
        if (!ok) {
            error(g, r, status);
        }
        double in = input / 1_000_000.0 * (sonnet ? 3.0 : 0.25);
        double outCost = output / 1_000_000.0 * (sonnet ? 15.0 : 1.25);
        boolean cached = r.nextInt(5) == 0;
        g.writeObjectFieldStart("cost");
        g.writeNumberField("input_cost_usd", round(in, 8));
        g.writeNumberField("output_cost_usd", round(outCost, 8));
        g.writeNumberField("total_cost_usd", round(cached ? (in + outCost) * 0.1 : in + outCost, 8));
        g.writeStringField("model_pricing_tier", sonnet ? "anthropic.claude-3-sonnet" : "anthropic.claude-3-haiku");
        g.writeBooleanField("was_cached", cached);
        g.writeNumberField("cache_hit_savings_usd", round(cached ? (in + outCost) * 0.9 : 0.0, 8));
        g.writeEndObject();
        g.writeObjectFieldStart("tags");
        g.writeStringField("service", "manga-assist-orchestrator");
        g.writeStringField("env", "prod");
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void latency(JsonGenerator g, Random r, boolean sonnet) throws IOException {
        double os = round(20 + r.nextDouble() * (r.nextInt(10) == 0 ? 2500 : 180), 1);
        double bedrock = round(400 + r.nextDouble() * (sonnet ? 3200 : 1400), 1);
        double other = round(30 + r.nextDouble() * 120, 1);
        g.writeObjectFieldStart("latency");
        g.writeNumberField("total_e2e_ms", round(os + bedrock + other, 1));
        g.writeNumberField("api_gateway_ms", round(other / 3, 1));
        g.writeNumberField("orchestrator_processing_ms", round(other / 3, 1));
        g.writeNumberField("rag_retrieval_ms", round(os + 5, 1));
        g.writeNumberField("opensearch_query_ms", os);
        g.writeNumberField("dynamodb_session_lookup_ms", round(3 + r.nextDouble() * 10, 1));
        g.writeNumberField("redis_cache_check_ms", round(0.5 + r.nextDouble() * 2, 1));
        g.writeNumberField("bedrock_invoke_ms", bedrock);
        g.writeNumberField("bedrock_first_token_ms", round(bedrock / 4, 1));
        g.writeNumberField("response_parsing_ms", round(r.nextDouble() * 8, 1));
        g.writeNumberField("websocket_delivery_ms", round(r.nextDouble() * 15, 1));
        g.writeEndObject();
    }

    private static void error(JsonGenerator g, Random r, String status) throws IOException {
        String type = switch (status) {
            case "THROTTLED" -> "ThrottlingException";
            case "TIMEOUT" -> "ModelTimeoutException";
            case "CONTENT_FILTERED" -> "ContentFilterException";
            default -> r.nextBoolean() ? "ValidationException" : "ModelErrorException";
        };
        g.writeObjectFieldStart("error");
        g.writeStringField("error_type", type);
        g.writeStringField("error_code", type.replace("Exception", "").toUpperCase(java.util.Locale.ROOT));
        g.writeStringField("error_message", type + " from Bedrock");
        g.writeStringField("error_severity", status.equals("THROTTLED") ? "HIGH" : "MEDIUM");
        g.writeNumberField("retry_count", status.equals("THROTTLED") ? 1 + r.nextInt(4) : r.nextInt(2));
        g.writeBooleanField("is_retryable", !status.equals("CONTENT_FILTERED"));
        g.writeStringField("root_cause_category", status.equals("THROTTLED") ? "capacity" : "upstream");
        g.writeStringField("stack_trace_hash", Long.toHexString(r.nextLong() | Long.MIN_VALUE).substring(0, 8));
        g.writeStringField("upstream_service", "bedrock");
        g.writeEndObject();
    }

    private void rag(JsonGenerator g, Random r, int i) throws IOException {
        int returned = 1 + r.nextInt(5);
        g.writeStartObject();
        g.writeStringField("log_type", "RAG_RETRIEVAL");
        g.writeStringField("request_id", "req-" + i);
        g.writeStringField("session_id", "sess-" + (i / 6));
        g.writeStringField("opensearch_index", "manga-catalog-v2");
        g.writeNumberField("k_requested", 5);
        g.writeNumberField("results_returned", returned);
        double sum = 0;
        double min = 1;
        for (int k = 0; k < returned; k++) {
            double s = round(0.3 + r.nextDouble() * 0.7, 4);
            sum += s;
            min = Math.min(min, s);
        }
        g.writeNumberField("avg_relevance", round(sum / returned, 4));
        g.writeNumberField("min_relevance", min);
        g.writeNumberField("query_latency_ms", round(15 + r.nextDouble() * 200, 2));
        g.writeStringField("timestamp", java.time.Instant.ofEpochMilli(timestamp(i)).toString());
        g.writeEndObject();
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
