package io.fmscope.sdk.trace;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.doubleKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;

/**
 * Attribute keys the tracer writes: OpenTelemetry semantic conventions (GenAI, DB, RPC/AWS, HTTP, error) where
 * one exists, {@code fmscope.*} where none does. The analytics and the tail sampler read the same names.
 */
public final class FmAttributes {
    // GenAI (semantic-conventions-genai); gen_ai.system is the pre-1.37 name of gen_ai.provider.name.
    public static final AttributeKey<String> GEN_AI_OPERATION = stringKey("gen_ai.operation.name");
    public static final AttributeKey<String> GEN_AI_PROVIDER = stringKey("gen_ai.provider.name");
    public static final AttributeKey<String> GEN_AI_SYSTEM = stringKey("gen_ai.system");
    public static final AttributeKey<String> GEN_AI_REQUEST_MODEL = stringKey("gen_ai.request.model");
    public static final AttributeKey<String> GEN_AI_RESPONSE_MODEL = stringKey("gen_ai.response.model");
    public static final AttributeKey<String> GEN_AI_RESPONSE_ID = stringKey("gen_ai.response.id");
    public static final AttributeKey<List<String>> GEN_AI_FINISH_REASONS = stringArrayKey("gen_ai.response.finish_reasons");
    public static final AttributeKey<Long> GEN_AI_MAX_TOKENS = longKey("gen_ai.request.max_tokens");
    public static final AttributeKey<Long> GEN_AI_INPUT_TOKENS = longKey("gen_ai.usage.input_tokens");
    public static final AttributeKey<Long> GEN_AI_OUTPUT_TOKENS = longKey("gen_ai.usage.output_tokens");
    public static final AttributeKey<Long> GEN_AI_CACHE_READ_TOKENS = longKey("gen_ai.usage.cache_read.input_tokens");
    public static final AttributeKey<Long> GEN_AI_CACHE_CREATION_TOKENS = longKey("gen_ai.usage.cache_creation.input_tokens");
    public static final AttributeKey<String> GEN_AI_CONVERSATION_ID = stringKey("gen_ai.conversation.id");
    public static final AttributeKey<String> GEN_AI_DATA_SOURCE_ID = stringKey("gen_ai.data_source.id");
    public static final AttributeKey<Long> GEN_AI_TOP_K = longKey("gen_ai.request.top_k");
    // Databases and AWS SDK calls.
    public static final AttributeKey<String> DB_SYSTEM_NAME = stringKey("db.system.name");
    public static final AttributeKey<String> DB_SYSTEM = stringKey("db.system");
    public static final AttributeKey<String> DB_OPERATION = stringKey("db.operation.name");
    public static final AttributeKey<String> DB_NAMESPACE = stringKey("db.namespace");
    public static final AttributeKey<String> DB_COLLECTION = stringKey("db.collection.name");
    public static final AttributeKey<List<String>> DYNAMODB_TABLES = stringArrayKey("aws.dynamodb.table_names");
    public static final AttributeKey<String> RPC_SYSTEM = stringKey("rpc.system");
    public static final AttributeKey<String> RPC_SERVICE = stringKey("rpc.service");
    public static final AttributeKey<String> RPC_METHOD = stringKey("rpc.method");
    public static final AttributeKey<String> PEER_SERVICE = stringKey("peer.service");
    public static final AttributeKey<String> AWS_LOCAL_SERVICE = stringKey("aws.local.service");
    public static final AttributeKey<List<String>> XRAY_ANNOTATIONS = stringArrayKey("aws.xray.annotations");
    public static final AttributeKey<String> XRAY_METADATA_FM_TRACE = stringKey("aws.xray.metadata.fm_trace");
    // Outcome and retries.
    public static final AttributeKey<Long> HTTP_STATUS = longKey("http.response.status_code");
    public static final AttributeKey<String> ERROR_TYPE = stringKey("error.type");
    public static final AttributeKey<Long> RESEND_COUNT = longKey("http.request.resend_count");
    // fmscope's own: the seed's identifiers, the component type, cost, cache hits and the timing summary.
    public static final AttributeKey<String> REQUEST_ID = stringKey("fmscope.request.id");
    public static final AttributeKey<String> SESSION_ID = stringKey("session.id");
    public static final AttributeKey<String> MODEL_ID = stringKey("fmscope.model.id");
    public static final AttributeKey<String> COMPONENT = stringKey("fmscope.component");
    public static final AttributeKey<String> SERVICE_TYPE = stringKey("fmscope.service_type");
    public static final AttributeKey<Double> COST_USD = doubleKey("fmscope.cost.usd");
    public static final AttributeKey<Boolean> CACHE_HIT = booleanKey("fmscope.cache.hit");
    public static final AttributeKey<Double> CHILDREN_MS = doubleKey("fmscope.timing.children_ms");
    public static final AttributeKey<Double> OVERHEAD_MS = doubleKey("fmscope.timing.orchestrator_overhead_ms");

    private FmAttributes() {
    }
}
