package io.fmscope.incidents.facts;

/**
 * A per-record number whose distribution the detector compares with the baseline: the eleven {@code latency.*}
 * components, tokens and cost of FM calls, and latency and relevance of vector retrievals. {@code worseUp} says
 * which tail is bad; {@code minDelta} is the smallest change of the 90th percentile worth an incident (a 1 ms
 * Redis check that takes 2 ms is a doubling nobody needs to be woken for).
 */
public enum Metric {
    TOTAL_E2E("latency.total_e2e_ms", Population.CALLS, Component.END_TO_END, true, 50, "ms"),
    API_GATEWAY("latency.api_gateway_ms", Population.CALLS, Component.APIGATEWAY, true, 20, "ms"),
    ORCHESTRATOR_PROCESSING("latency.orchestrator_processing_ms", Population.CALLS, Component.ORCHESTRATOR, true, 20, "ms"),
    RAG_RETRIEVAL("latency.rag_retrieval_ms", Population.CALLS, Component.OPENSEARCH, true, 20, "ms"),
    OPENSEARCH_QUERY("latency.opensearch_query_ms", Population.CALLS, Component.OPENSEARCH, true, 20, "ms"),
    DYNAMODB_SESSION_LOOKUP("latency.dynamodb_session_lookup_ms", Population.CALLS, Component.DYNAMODB, true, 20, "ms"),
    REDIS_CACHE_CHECK("latency.redis_cache_check_ms", Population.CALLS, Component.REDIS, true, 20, "ms"),
    BEDROCK_INVOKE("latency.bedrock_invoke_ms", Population.CALLS, Component.BEDROCK, true, 50, "ms"),
    BEDROCK_FIRST_TOKEN("latency.bedrock_first_token_ms", Population.CALLS, Component.BEDROCK, true, 50, "ms"),
    RESPONSE_PARSING("latency.response_parsing_ms", Population.CALLS, Component.ORCHESTRATOR, true, 20, "ms"),
    WEBSOCKET_DELIVERY("latency.websocket_delivery_ms", Population.CALLS, Component.WEBSOCKET, true, 20, "ms"),
    INPUT_TOKENS("prompt_metrics.total_input_tokens", Population.CALLS, Component.ORCHESTRATOR, true, 100, "tokens"),
    OUTPUT_TOKENS("response_metrics.output_token_count", Population.CALLS, Component.BEDROCK, true, 100, "tokens"),
    COST("cost.total_cost_usd", Population.CALLS, Component.BEDROCK, true, 0.001, "USD"),
    RAG_QUERY_LATENCY("query_latency_ms", Population.RETRIEVALS, Component.OPENSEARCH, true, 20, "ms"),
    RAG_RELEVANCE("avg_relevance", Population.RETRIEVALS, Component.OPENSEARCH, false, 0.05, "score");

    private final String field;
    private final Population population;
    private final Component component;
    private final boolean worseUp;
    private final double minDelta;
    private final String unit;

    Metric(String field, Population population, Component component, boolean worseUp, double minDelta, String unit) {
        this.field = field;
        this.population = population;
        this.component = component;
        this.worseUp = worseUp;
        this.minDelta = minDelta;
        this.unit = unit;
    }

    /** The Logs Insights field name the value is read from. */
    public String field() {
        return field;
    }

    public Population population() {
        return population;
    }

    public Component component() {
        return component;
    }

    public boolean worseUp() {
        return worseUp;
    }

    public double minDelta() {
        return minDelta;
    }

    public String unit() {
        return unit;
    }

    /** Latency metrics: a value of 0 means "not measured" and is skipped. */
    public boolean isLatency() {
        return unit.equals("ms");
    }

    /** The lower-case name used in signal keys and JSON ({@code latency.opensearch_query_ms} → {@code opensearch_query_ms}). */
    public String label() {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }

    public static Metric ofLabel(String label) {
        for (Metric m : values()) if (m.label().equals(label) || m.field.equals(label)) return m;
        throw new IllegalArgumentException("unknown metric " + label);
    }
}
