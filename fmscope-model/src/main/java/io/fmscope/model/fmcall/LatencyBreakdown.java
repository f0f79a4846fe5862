package io.fmscope.model.fmcall;

/**
 * Latency of one FM call chain in milliseconds, JSON object {@code latency}; component order and
 * names follow the seed ({@link LatencyComponent} gives each JSON name). A component that was not
 * measured is 0, as in the seed.
 */
public record LatencyBreakdown(
    double totalE2eMs,
    double apiGatewayMs,
    double orchestratorProcessingMs,
    double ragRetrievalMs,
    double opensearchQueryMs,
    double dynamodbSessionLookupMs,
    double redisCacheCheckMs,
    double bedrockInvokeMs,
    double bedrockFirstTokenMs,
    double responseParsingMs,
    double websocketDeliveryMs) {

  /** All components zero. */
  public static final LatencyBreakdown ZERO = of(new double[LatencyComponent.values().length]);

  /** Builds a breakdown from values indexed by {@link LatencyComponent#ordinal()}. */
  public static LatencyBreakdown of(double[] byOrdinal) {
    double[] v = byOrdinal;
    return new LatencyBreakdown(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
  }

  /** The value of one component. */
  public double get(LatencyComponent c) {
    return switch (c) {
      case TOTAL_E2E -> totalE2eMs;
      case API_GATEWAY -> apiGatewayMs;
      case ORCHESTRATOR_PROCESSING -> orchestratorProcessingMs;
      case RAG_RETRIEVAL -> ragRetrievalMs;
      case OPENSEARCH_QUERY -> opensearchQueryMs;
      case DYNAMODB_SESSION_LOOKUP -> dynamodbSessionLookupMs;
      case REDIS_CACHE_CHECK -> redisCacheCheckMs;
      case BEDROCK_INVOKE -> bedrockInvokeMs;
      case BEDROCK_FIRST_TOKEN -> bedrockFirstTokenMs;
      case RESPONSE_PARSING -> responseParsingMs;
      case WEBSOCKET_DELIVERY -> websocketDeliveryMs;
    };
  }

  /** All values indexed by {@link LatencyComponent#ordinal()} (a fresh array). */
  public double[] toArray() {
    LatencyComponent[] all = LatencyComponent.values();
    double[] out = new double[all.length];
    for (LatencyComponent c : all) {
      out[c.ordinal()] = get(c);
    }
    return out;
  }
}
