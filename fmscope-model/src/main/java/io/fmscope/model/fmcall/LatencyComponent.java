package io.fmscope.model.fmcall;

/** The eleven components of the seed's {@code LatencyBreakdown}, with their JSON names. */
public enum LatencyComponent {
  TOTAL_E2E("total_e2e_ms"),
  API_GATEWAY("api_gateway_ms"),
  ORCHESTRATOR_PROCESSING("orchestrator_processing_ms"),
  RAG_RETRIEVAL("rag_retrieval_ms"),
  OPENSEARCH_QUERY("opensearch_query_ms"),
  DYNAMODB_SESSION_LOOKUP("dynamodb_session_lookup_ms"),
  REDIS_CACHE_CHECK("redis_cache_check_ms"),
  BEDROCK_INVOKE("bedrock_invoke_ms"),
  BEDROCK_FIRST_TOKEN("bedrock_first_token_ms"),
  RESPONSE_PARSING("response_parsing_ms"),
  WEBSOCKET_DELIVERY("websocket_delivery_ms");

  private static final LatencyComponent[] ALL = values();
  private final String jsonName;

  LatencyComponent(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The snake_case field name inside the {@code latency} object. */
  public String jsonName() {
    return jsonName;
  }

  /** Looks a component up by its JSON name; {@code null} when unknown. */
  public static LatencyComponent byJsonName(String name) {
    for (LatencyComponent c : ALL) {
      if (c.jsonName.equals(name)) {
        return c;
      }
    }
    return null;
  }
}
