package io.fmscope.benchmarks.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Writes one {@code FM_CALL} record with the seed's sections (metadata, status, prompt_metrics, response_metrics,
 * latency, error when not SUCCESS, cost, tags). Sonnet is slower and dearer than Haiku; about one call in ten has a
 * slow OpenSearch query, as in the seed's troubleshooting stories.
 */
final class FmCallFields {
    static final String SONNET = "anthropic.claude-3-sonnet-20240229-v1:0";
    static final String HAIKU = "anthropic.claude-3-haiku-20240307-v1:0";
    private static final String[] STATUSES = {"SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS",
        "SUCCESS", "SUCCESS", "SUCCESS", "ERROR", "THROTTLED", "TIMEOUT", "CONTENT_FILTERED"};
    private static final String[] TEMPLATES = {"manga-recommend-v3", "order-status-v1", "faq-v2"};

    private final SplittableRandom rnd;
    private final ErrorAndCost errorAndCost;

    FmCallFields(SplittableRandom rnd) {
        this.rnd = rnd;
        this.errorAndCost = new ErrorAndCost(rnd);
    }

    void write(JsonGenerator g, long t, long i) throws IOException {
        String status = Draw.pick(rnd, STATUSES);
        boolean sonnet = rnd.nextInt(3) == 0;
        String model = sonnet ? SONNET : HAIKU;
        boolean ok = status.equals("SUCCESS");
        g.writeStartObject();
        g.writeStringField("log_type", SeedRecord.FM_CALL);
        g.writeObjectFieldStart("metadata");
        g.writeStringField("request_id", "req-" + i);
        g.writeStringField("session_id", "sess-" + rnd.nextInt(5000));
        g.writeStringField("user_id", "user-" + rnd.nextInt(2000));
        g.writeNumberField("conversation_turn", 1 + rnd.nextInt(8));
        g.writeStringField("model_id", model);
        g.writeStringField("model_version", sonnet ? "20240229" : "20240307");
        g.writeStringField("region", "ap-northeast-1");
        g.writeStringField("timestamp_iso", Draw.iso(t));
        g.writeNumberField("timestamp_epoch_ms", t);
        g.writeEndObject();
        g.writeStringField("status", status);
        int input = prompt(g);
        int output = ok ? 50 + rnd.nextInt(900) : 0;
        g.writeObjectFieldStart("response_metrics");
        g.writeNumberField("output_token_count", output);
        g.writeStringField("stop_reason", ok ? "end_turn" : "error");
        g.writeNumberField("response_length_chars", output * 3);
        g.writeStringField("response_language", "ja");
        g.writeBooleanField("contains_product_recommendation", rnd.nextBoolean());
        g.writeNumberField("recommendation_count", rnd.nextInt(4));
        g.writeBooleanField("content_filter_triggered", status.equals("CONTENT_FILTERED"));
        if (status.equals("CONTENT_FILTERED")) {
            g.writeStringField("content_filter_reason", Draw.pick(rnd, new String[] {"VIOLENCE", "HATE"}));
        }
        g.writeEndObject();
        latency(g, sonnet);
        if (!ok) errorAndCost.error(g, status);
        errorAndCost.cost(g, sonnet, input, output);
        g.writeObjectFieldStart("tags");
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Writes prompt_metrics; returns the input token count. */
    private int prompt(JsonGenerator g) throws IOException {
        int system = 300 + rnd.nextInt(200);
        int context = rnd.nextInt(3000);
        int user = 10 + rnd.nextInt(300);
        int input = system + context + user;
        g.writeObjectFieldStart("prompt_metrics");
        g.writeStringField("prompt_template_id", Draw.pick(rnd, TEMPLATES));
        g.writeNumberField("prompt_token_count", input);
        g.writeNumberField("system_prompt_token_count", system);
        g.writeNumberField("context_token_count", context);
        g.writeNumberField("user_message_token_count", user);
        g.writeNumberField("total_input_tokens", input);
        g.writeStringField("prompt_hash", Draw.hex8(rnd));
        g.writeBooleanField("contains_manga_title", rnd.nextBoolean());
        g.writeBooleanField("contains_author_name", false);
        g.writeStringField("language", rnd.nextInt(3) == 0 ? "en" : "ja");
        int chunks = rnd.nextInt(6);
        g.writeNumberField("rag_chunks_included", chunks);
        g.writeArrayFieldStart("rag_relevance_scores");
        for (int c = 0; c < chunks; c++) g.writeNumber(Draw.round(0.4 + rnd.nextDouble() * 0.6, 4));
        g.writeEndArray();
        g.writeEndObject();
        return input;
    }

    private void latency(JsonGenerator g, boolean sonnet) throws IOException {
        double os = Draw.round(20 + rnd.nextDouble() * (rnd.nextInt(10) == 0 ? 2500 : 180), 1);
        double bedrock = Draw.round(400 + rnd.nextDouble() * (sonnet ? 3200 : 1400), 1);
        double other = Draw.round(30 + rnd.nextDouble() * 120, 1);
        g.writeObjectFieldStart("latency");
        g.writeNumberField("total_e2e_ms", Draw.round(os + bedrock + other, 1));
        g.writeNumberField("api_gateway_ms", Draw.round(other / 3, 1));
        g.writeNumberField("orchestrator_processing_ms", Draw.round(other / 3, 1));
        g.writeNumberField("rag_retrieval_ms", Draw.round(os + 5, 1));
        g.writeNumberField("opensearch_query_ms", os);
        g.writeNumberField("dynamodb_session_lookup_ms", Draw.round(3 + rnd.nextDouble() * 10, 1));
        g.writeNumberField("redis_cache_check_ms", Draw.round(0.5 + rnd.nextDouble() * 2, 1));
        g.writeNumberField("bedrock_invoke_ms", bedrock);
        g.writeNumberField("bedrock_first_token_ms", Draw.round(bedrock / 4, 1));
        g.writeNumberField("response_parsing_ms", Draw.round(rnd.nextDouble() * 8, 1));
        g.writeNumberField("websocket_delivery_ms", Draw.round(rnd.nextDouble() * 15, 1));
        g.writeEndObject();
    }
}
