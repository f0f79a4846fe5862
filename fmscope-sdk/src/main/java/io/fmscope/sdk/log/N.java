package io.fmscope.sdk.log;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/** Every JSON field name, quoted and escaped once so the generator copies instead of scanning. */
final class N {
  static final SerializableString API_GATEWAY_MS = s("api_gateway_ms");
  static final SerializableString AVG_RELEVANCE = s("avg_relevance");
  static final SerializableString BEDROCK_FIRST_TOKEN_MS = s("bedrock_first_token_ms");
  static final SerializableString BEDROCK_INVOKE_MS = s("bedrock_invoke_ms");
  static final SerializableString CACHE_HIT_SAVINGS_USD = s("cache_hit_savings_usd");
  static final SerializableString CACHE_READ_COST_USD = s("cache_read_cost_usd");
  static final SerializableString CACHE_READ_INPUT_TOKENS = s("cache_read_input_tokens");
  static final SerializableString CACHE_WRITE_COST_USD = s("cache_write_cost_usd");
  static final SerializableString CACHE_WRITE_INPUT_TOKENS = s("cache_write_input_tokens");
  static final SerializableString CIRCUIT_BREAKER_STATE = s("circuit_breaker_state");
  static final SerializableString CONFIDENCE_SCORE = s("confidence_score");
  static final SerializableString CONTAINS_AUTHOR_NAME = s("contains_author_name");
  static final SerializableString CONTAINS_MANGA_TITLE = s("contains_manga_title");
  static final SerializableString CONTAINS_PRODUCT_RECOMMENDATION =
      s("contains_product_recommendation");
  static final SerializableString CONTENT_FILTER_REASON = s("content_filter_reason");
  static final SerializableString CONTENT_FILTER_TRIGGERED = s("content_filter_triggered");
  static final SerializableString CONTEXT_TOKEN_COUNT = s("context_token_count");
  static final SerializableString CONVERSATION_TURN = s("conversation_turn");
  static final SerializableString COST = s("cost");
  static final SerializableString DATA_QUALITY = s("data_quality");
  static final SerializableString DETAILS = s("details");
  static final SerializableString DYNAMODB_SESSION_LOOKUP_MS = s("dynamodb_session_lookup_ms");
  static final SerializableString ERROR = s("error");
  static final SerializableString ERROR_CODE = s("error_code");
  static final SerializableString ERROR_MESSAGE = s("error_message");
  static final SerializableString ERROR_SEVERITY = s("error_severity");
  static final SerializableString ERROR_TYPE = s("error_type");
  static final SerializableString EVENT_TYPE = s("event_type");
  static final SerializableString FALLBACK_USED = s("fallback_used");
  static final SerializableString FILTER_APPLIED = s("filter_applied");
  static final SerializableString HISTORY_TURNS_DROPPED = s("history_turns_dropped");
  static final SerializableString INPUT_COST_USD = s("input_cost_usd");
  static final SerializableString IS_RETRYABLE = s("is_retryable");
  static final SerializableString K_REQUESTED = s("k_requested");
  static final SerializableString LANGUAGE = s("language");
  static final SerializableString LATENCY = s("latency");
  static final SerializableString LOG_TYPE = s("log_type");
  static final SerializableString MAX_RELEVANCE = s("max_relevance");
  static final SerializableString METADATA = s("metadata");
  static final SerializableString MIN_RELEVANCE = s("min_relevance");
  static final SerializableString MODEL_ID = s("model_id");
  static final SerializableString MODEL_PRICING_TIER = s("model_pricing_tier");
  static final SerializableString MODEL_VERSION = s("model_version");
  static final SerializableString OPENSEARCH_INDEX = s("opensearch_index");
  static final SerializableString OPENSEARCH_QUERY_MS = s("opensearch_query_ms");
  static final SerializableString ORCHESTRATOR_PROCESSING_MS = s("orchestrator_processing_ms");
  static final SerializableString ORIGINAL_MODEL_ID = s("original_model_id");
  static final SerializableString OUTPUT_COST_USD = s("output_cost_usd");
  static final SerializableString OUTPUT_TOKEN_COUNT = s("output_token_count");
  static final SerializableString PRICING_UNKNOWN = s("pricing_unknown");
  static final SerializableString PROMPT_CACHE_SAVINGS_USD = s("prompt_cache_savings_usd");
  static final SerializableString PROMPT_HASH = s("prompt_hash");
  static final SerializableString PROMPT_METRICS = s("prompt_metrics");
  static final SerializableString PROMPT_TEMPLATE_ID = s("prompt_template_id");
  static final SerializableString PROMPT_TEXT = s("prompt_text");
  static final SerializableString PROMPT_TOKEN_COUNT = s("prompt_token_count");
  static final SerializableString QUERY_HASH = s("query_hash");
  static final SerializableString QUERY_LATENCY_MS = s("query_latency_ms");
  static final SerializableString QUERY_TEXT = s("query_text");
  static final SerializableString RAG_CHUNKS_DROPPED = s("rag_chunks_dropped");
  static final SerializableString RAG_CHUNKS_INCLUDED = s("rag_chunks_included");
  static final SerializableString RAG_RELEVANCE_SCORES = s("rag_relevance_scores");
  static final SerializableString RAG_RETRIEVAL_MS = s("rag_retrieval_ms");
  static final SerializableString RECOMMENDATION_COUNT = s("recommendation_count");
  static final SerializableString REDIS_CACHE_CHECK_MS = s("redis_cache_check_ms");
  static final SerializableString REGION = s("region");
  static final SerializableString RELEVANCE_SCORES = s("relevance_scores");
  static final SerializableString REQUEST_ID = s("request_id");
  static final SerializableString RESILIENCE = s("resilience");
  static final SerializableString RESPONSE_LANGUAGE = s("response_language");
  static final SerializableString RESPONSE_LENGTH_CHARS = s("response_length_chars");
  static final SerializableString RESPONSE_METRICS = s("response_metrics");
  static final SerializableString RESPONSE_PARSING_MS = s("response_parsing_ms");
  static final SerializableString RESPONSE_TEXT = s("response_text");
  static final SerializableString RESULTS_RETURNED = s("results_returned");
  static final SerializableString RETRY_COUNT = s("retry_count");
  static final SerializableString ROOT_CAUSE_CATEGORY = s("root_cause_category");
  static final SerializableString SERVICE = s("service");
  static final SerializableString SESSION_ID = s("session_id");
  static final SerializableString STACK_TRACE_HASH = s("stack_trace_hash");
  static final SerializableString STATUS = s("status");
  static final SerializableString STOP_REASON = s("stop_reason");
  static final SerializableString SYSTEM_PROMPT_TOKEN_COUNT = s("system_prompt_token_count");
  static final SerializableString TAGS = s("tags");
  static final SerializableString TIMESTAMP = s("timestamp");
  static final SerializableString TIMESTAMP_EPOCH_MS = s("timestamp_epoch_ms");
  static final SerializableString TIMESTAMP_ISO = s("timestamp_iso");
  static final SerializableString TOKENS_TRUNCATED = s("tokens_truncated");
  static final SerializableString TOTAL_COST_USD = s("total_cost_usd");
  static final SerializableString TOTAL_E2E_MS = s("total_e2e_ms");
  static final SerializableString TOTAL_INPUT_TOKENS = s("total_input_tokens");
  static final SerializableString TRACE_ID = s("trace_id");
  static final SerializableString TRUNCATION_APPLIED = s("truncation_applied");
  static final SerializableString UPSTREAM_SERVICE = s("upstream_service");
  static final SerializableString USER_ID = s("user_id");
  static final SerializableString USER_MESSAGE_TOKEN_COUNT = s("user_message_token_count");
  static final SerializableString VECTOR_DIMENSION = s("vector_dimension");
  static final SerializableString WAS_CACHED = s("was_cached");
  static final SerializableString WEBSOCKET_DELIVERY_MS = s("websocket_delivery_ms");

  private N() {}

  private static SerializableString s(String name) {
    return new SerializedString(name);
  }
}
