package io.fmscope.errors;

import java.util.List;

/** Upstream services an entry can name in {@code upstream_services}; {@code "*"} means any service. */
public final class Services {
    public static final String ANY = "*";
    public static final String BEDROCK = "bedrock";
    public static final String DYNAMODB = "dynamodb";
    public static final String OPENSEARCH = "opensearch";
    public static final String REDIS = "redis";
    public static final String ECS = "ecs";
    public static final String APIGATEWAY = "apigateway";
    public static final String IAM = "iam";
    /** The application's own code: prompt rendering, output parsing, configuration. */
    public static final String APP = "app";

    public static final List<String> KNOWN = List.of(BEDROCK, DYNAMODB, OPENSEARCH, REDIS, ECS, APIGATEWAY, IAM, APP);

    private static final java.util.Map<String, String> ALIASES = java.util.Map.ofEntries(
            java.util.Map.entry("bedrock-runtime", BEDROCK), java.util.Map.entry("bedrockruntime", BEDROCK),
            java.util.Map.entry("amazonbedrockruntime", BEDROCK), java.util.Map.entry("bedrock-agent-runtime", BEDROCK),
            java.util.Map.entry("amazondynamodbv2", DYNAMODB), java.util.Map.entry("ddb", DYNAMODB),
            java.util.Map.entry("aoss", OPENSEARCH), java.util.Map.entry("es", OPENSEARCH),
            java.util.Map.entry("elasticsearch", OPENSEARCH), java.util.Map.entry("elasticache", REDIS),
            java.util.Map.entry("valkey", REDIS), java.util.Map.entry("amazonecs", ECS), java.util.Map.entry("fargate", ECS),
            java.util.Map.entry("apigatewaymanagementapi", APIGATEWAY),
            java.util.Map.entry("amazonapigatewaymanagementapi", APIGATEWAY), java.util.Map.entry("api-gateway", APIGATEWAY),
            java.util.Map.entry("execute-api", APIGATEWAY), java.util.Map.entry("sts", IAM));

    private Services() {}

    /** Lower-cases a service name and maps SDK spellings (BedrockRuntime, AmazonDynamoDBv2, elasticache) to ours. */
    public static String normalize(String service) {
        if (service == null || service.isBlank()) return null;
        String key = service.trim().toLowerCase(java.util.Locale.ROOT);
        return ALIASES.getOrDefault(key, key);
    }
}
