package io.fmscope.model.trace;

import java.util.Map;

/**
 * The X-Ray {@code aws} block: on subsegments the AWS call made (operation, region, request id, table,
 * queue, retries); on segments the resource running the app, whose nested objects (ec2, ecs, eks, xray,
 * ...) are kept in {@code other}. Absent strings are null.
 *
 * @param retries how many times the SDK retried the call (the direct retry-storm signal), null if unknown
 */
public record AwsCall(String operation, String accountId, String region, String requestId, String tableName,
                      String queueUrl, Integer retries, Map<String, AttributeValue> other) {

    public static final AwsCall NONE = new AwsCall(null, null, null, null, null, null, null, Map.of());

    public AwsCall {
        other = Attributes.copy(other);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
