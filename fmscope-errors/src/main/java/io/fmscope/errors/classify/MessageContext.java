package io.fmscope.errors.classify;

import io.fmscope.errors.Services;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the error code, service, operation and HTTP status that AWS SDK messages carry in their text
 * (botocore's "An error occurred (X) when calling the Y operation", the Java SDKs' "(Service: S; Status Code: N;
 * Error Code: X", the Go SDK's "operation error S: Op", endpoint host names). Values the caller passed win.
 */
final class MessageContext {
    private static final Pattern BOTOCORE = Pattern.compile("An error occurred \\((\\w+)\\) when calling the (\\w+) operation");
    private static final Pattern JAVA_V1 = Pattern.compile("\\(Service: ([\\w.-]+); Status Code: (\\d{3}); Error Code: (\\w+)");
    private static final Pattern JAVA_V2 = Pattern.compile("\\(Service: ([\\w.-]+), Status Code: (\\d{3}),");
    private static final Pattern GO_V2 = Pattern.compile("operation error ([\\w ]+?): (\\w+), https response error StatusCode: (\\d{3})");
    private static final Pattern GO_CODE = Pattern.compile("api error (\\w+):");
    private static final Pattern JSON_TYPE = Pattern.compile("\"__type\"\\s*:\\s*\"(?:[\\w.]+#)?(\\w+)\"");
    private static final Pattern HOST = Pattern.compile(
            "(bedrock-runtime|bedrock-agent-runtime|dynamodb|execute-api|ecs)\\.[a-z0-9-]+\\.amazonaws\\.com"
            + "|[a-z0-9-]+\\.[a-z0-9-]+\\.(es|aoss)\\.amazonaws\\.com|\\.cache\\.amazonaws\\.com");
    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry("InvokeModel", Services.BEDROCK), Map.entry("InvokeModelWithResponseStream", Services.BEDROCK),
            Map.entry("Converse", Services.BEDROCK), Map.entry("ConverseStream", Services.BEDROCK),
            Map.entry("ApplyGuardrail", Services.BEDROCK), Map.entry("Retrieve", Services.BEDROCK),
            Map.entry("RetrieveAndGenerate", Services.BEDROCK), Map.entry("ListFoundationModels", Services.BEDROCK),
            Map.entry("GetItem", Services.DYNAMODB), Map.entry("PutItem", Services.DYNAMODB),
            Map.entry("UpdateItem", Services.DYNAMODB), Map.entry("DeleteItem", Services.DYNAMODB),
            Map.entry("Query", Services.DYNAMODB), Map.entry("Scan", Services.DYNAMODB),
            Map.entry("BatchGetItem", Services.DYNAMODB), Map.entry("BatchWriteItem", Services.DYNAMODB),
            Map.entry("TransactWriteItems", Services.DYNAMODB), Map.entry("TransactGetItems", Services.DYNAMODB),
            Map.entry("DescribeTable", Services.DYNAMODB), Map.entry("PostToConnection", Services.APIGATEWAY),
            Map.entry("GetConnection", Services.APIGATEWAY), Map.entry("DeleteConnection", Services.APIGATEWAY),
            Map.entry("RunTask", Services.ECS), Map.entry("DescribeTasks", Services.ECS),
            Map.entry("AssumeRole", Services.IAM), Map.entry("GetCallerIdentity", Services.IAM));

    private MessageContext() {}

    /** The input with absent code/service/operation/status filled from the message where it says them. */
    static ErrorInput enrich(ErrorInput in, String text) {
        String code = in.errorCode();
        String service = in.service();
        String operation = in.operation();
        Integer status = in.httpStatus();
        Matcher m;
        if ((m = BOTOCORE.matcher(text)).find()) {
            code = first(code, m.group(1));
            operation = first(operation, m.group(2));
        }
        if ((m = JAVA_V1.matcher(text)).find()) {
            service = first(service, Services.normalize(m.group(1)));
            status = status != null ? status : Integer.valueOf(m.group(2));
            code = first(code, m.group(3));
        } else if ((m = JAVA_V2.matcher(text)).find()) {
            service = first(service, Services.normalize(m.group(1)));
            status = status != null ? status : Integer.valueOf(m.group(2));
        }
        if ((m = GO_V2.matcher(text)).find()) {
            service = first(service, Services.normalize(m.group(1).replace(" ", "")));
            operation = first(operation, m.group(2));
            status = status != null ? status : Integer.valueOf(m.group(3));
        }
        if ((m = GO_CODE.matcher(text)).find()) code = first(code, m.group(1));
        if ((m = JSON_TYPE.matcher(text)).find()) code = first(code, m.group(1));
        if (service == null && operation != null) service = OPERATIONS.get(operation);
        if (service == null && (m = HOST.matcher(text)).find()) service = hostService(m.group());
        return new ErrorInput(in.message(), code, status, service, operation, in.sessionId(), in.modelId(), in.requestId());
    }

    private static String hostService(String host) {
        if (host.startsWith("bedrock")) return Services.BEDROCK;
        if (host.startsWith("dynamodb")) return Services.DYNAMODB;
        if (host.startsWith("execute-api")) return Services.APIGATEWAY;
        if (host.startsWith("ecs")) return Services.ECS;
        if (host.endsWith(".cache.amazonaws.com")) return Services.REDIS;
        return Services.OPENSEARCH;
    }

    private static String first(String given, String inferred) {
        return given != null ? given : inferred;
    }
}
