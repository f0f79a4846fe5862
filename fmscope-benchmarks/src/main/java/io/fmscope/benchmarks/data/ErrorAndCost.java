package io.fmscope.benchmarks.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import java.util.SplittableRandom;

/** The {@code error} section of a failed FM call and the {@code cost} section of every call (seed prices). */
final class ErrorAndCost {
    private static final String[] OTHER_ERRORS = {"ValidationException", "ModelErrorException",
        "ServiceUnavailableException"};
    private static final String[] SEVERITIES = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
    private static final String[] CAUSES = {"capacity", "input", "upstream"};

    private final SplittableRandom rnd;

    ErrorAndCost(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    void error(JsonGenerator g, String status) throws IOException {
        String type = switch (status) {
            case "THROTTLED" -> "ThrottlingException";
            case "TIMEOUT" -> "ModelTimeoutException";
            case "CONTENT_FILTERED" -> "ContentFilterException";
            default -> Draw.pick(rnd, OTHER_ERRORS);
        };
        g.writeObjectFieldStart("error");
        g.writeStringField("error_type", type);
        g.writeStringField("error_code", type.replace("Exception", "").toUpperCase(Locale.ROOT));
        g.writeStringField("error_message", type + " from Bedrock");
        g.writeStringField("error_severity", Draw.pick(rnd, SEVERITIES));
        g.writeNumberField("retry_count", status.equals("THROTTLED") ? 1 + rnd.nextInt(4) : rnd.nextInt(2));
        g.writeBooleanField("is_retryable", !status.equals("CONTENT_FILTERED"));
        g.writeStringField("root_cause_category", Draw.pick(rnd, CAUSES));
        g.writeStringField("stack_trace_hash", Draw.hex8(rnd));
        g.writeStringField("upstream_service", "bedrock");
        g.writeEndObject();
    }

    /** Claude 3 on-demand prices per million tokens (Sonnet $3/$15, Haiku $0.25/$1.25); a cache hit costs 10 %. */
    void cost(JsonGenerator g, boolean sonnet, int input, int output) throws IOException {
        boolean cached = rnd.nextInt(5) == 0;
        double in = input / 1_000_000.0 * (sonnet ? 3.0 : 0.25);
        double out = output / 1_000_000.0 * (sonnet ? 15.0 : 1.25);
        double total = in + out;
        g.writeObjectFieldStart("cost");
        g.writeNumberField("input_cost_usd", Draw.round(in, 8));
        g.writeNumberField("output_cost_usd", Draw.round(out, 8));
        g.writeNumberField("total_cost_usd", Draw.round(cached ? total * 0.1 : total, 8));
        g.writeStringField("model_pricing_tier", sonnet ? "anthropic.claude-3-sonnet" : "anthropic.claude-3-haiku");
        g.writeBooleanField("was_cached", cached);
        g.writeNumberField("cache_hit_savings_usd", Draw.round(cached ? total * 0.9 : 0.0, 8));
        g.writeEndObject();
    }
}
