package io.fmscope.sdk.trace;

/**
 * The typed children of an FM request, in the order the seed's request flows through them. {@code node} is the
 * service-map node the span is attributed to ({@code peer.service}); {@code serviceType} the seed's X-Ray
 * service type annotation.
 */
public enum Component {
    ORCHESTRATOR("orchestrator", "", "AWS::ECS::Container"),
    CACHE("cache", "ElastiCache-Redis", "AWS::ElastiCache::Redis"),
    SESSION_STORE("session_store", "DynamoDB", "AWS::DynamoDB::Table"),
    VECTOR_SEARCH("vector_search", "OpenSearch", "AWS::OpenSearchServerless"),
    MODEL_INVOKE("model_invoke", "Bedrock", "AWS::Bedrock::InvokeModel"),
    RESPONSE_DELIVERY("response_delivery", "APIGateway-WebSocket", "AWS::ApiGatewayV2::WebSocket");

    private final String id;
    private final String node;
    private final String serviceType;

    Component(String id, String node, String serviceType) {
        this.id = id;
        this.node = node;
        this.serviceType = serviceType;
    }

    /** The value of {@code fmscope.component}. */
    public String id() {
        return id;
    }

    public String node() {
        return node;
    }

    public String serviceType() {
        return serviceType;
    }
}
