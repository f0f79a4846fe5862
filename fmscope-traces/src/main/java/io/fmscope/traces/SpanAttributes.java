package io.fmscope.traces;

import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Attributes;
import io.fmscope.model.trace.Span;

/**
 * The attribute names the traces module reads, as the fmscope SDK tracer writes them and the OpenTelemetry
 * semantic conventions define them. Where a convention was renamed both names are accepted (newest first).
 */
public final class SpanAttributes {
    public static final String PROVIDER = "gen_ai.provider.name";
    public static final String SYSTEM = "gen_ai.system";
    public static final String REQUEST_MODEL = "gen_ai.request.model";
    public static final String RESPONSE_MODEL = "gen_ai.response.model";
    public static final String INPUT_TOKENS = "gen_ai.usage.input_tokens";
    public static final String OUTPUT_TOKENS = "gen_ai.usage.output_tokens";
    /** Before semconv 1.28. */
    public static final String PROMPT_TOKENS = "gen_ai.usage.prompt_tokens";
    public static final String COMPLETION_TOKENS = "gen_ai.usage.completion_tokens";
    public static final String COST_USD = "fmscope.cost.usd";
    public static final String MODEL_ID = "fmscope.model.id";
    public static final String COMPONENT = "fmscope.component";
    public static final String SERVICE_TYPE = "fmscope.service_type";
    public static final String PEER_SERVICE = "peer.service";
    public static final String REMOTE_SERVICE = "aws.remote.service";
    public static final String RPC_SYSTEM = "rpc.system";
    public static final String RPC_SERVICE = "rpc.service";
    public static final String DB_SYSTEM_NAME = "db.system.name";
    public static final String DB_SYSTEM = "db.system";
    public static final String SERVER_ADDRESS = "server.address";
    public static final String RESEND_COUNT = "http.request.resend_count";
    public static final String RETRY_ATTEMPT = "fmscope.retry.attempt";
    public static final String FAAS_COLDSTART = "faas.coldstart";
    public static final String[] INSTANCE_KEYS = {"service.instance.id", "faas.instance", "host.id", "host.name",
        "container.id", "k8s.pod.name"};

    private SpanAttributes() {
    }

    /** The model a GenAI span called: request model, else response model, else fmscope's model id; null if none. */
    public static String model(Span s) {
        String m = Attributes.firstString(s.attributes(), REQUEST_MODEL, RESPONSE_MODEL, MODEL_ID);
        return m == null || m.isEmpty() ? null : m;
    }

    /** {@code gen_ai.provider.name}, else the pre-1.37 {@code gen_ai.system}; null if neither. */
    public static String provider(Span s) {
        return Attributes.firstString(s.attributes(), PROVIDER, SYSTEM);
    }

    /** An integer attribute of the span (0 when absent). */
    public static long integer(Span s, String key) {
        Long v = Attributes.integer(s.attributes(), key);
        return v == null ? 0 : v;
    }

    /** Input tokens under the current or the pre-1.28 name. */
    public static long inputTokens(Span s) {
        Long v = Attributes.integer(s.attributes(), INPUT_TOKENS);
        return v != null ? v : integer(s, PROMPT_TOKENS);
    }

    /** {@code fmscope.cost.usd} as a number (0 when absent or not numeric). */
    public static double costUsd(Span s) {
        return switch (s.attributes().get(COST_USD)) {
            case AttributeValue.DoubleValue d -> d.value();
            case AttributeValue.LongValue l -> l.value();
            case AttributeValue.StringValue t -> parse(t.value());
            case null, default -> 0;
        };
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static long outputTokens(Span s) {
        Long v = Attributes.integer(s.attributes(), OUTPUT_TOKENS);
        return v != null ? v : integer(s, COMPLETION_TOKENS);
    }
}
