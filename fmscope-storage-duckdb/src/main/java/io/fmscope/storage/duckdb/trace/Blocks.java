package io.fmscope.storage.duckdb.trace;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.trace.AwsCall;

/** The aws block holds typed values in {@code other}, so it is read by hand rather than by Jackson. */
final class Blocks {
    private Blocks() {
    }

    static AwsCall readAws(JsonNode o) {
        return new AwsCall(text(o, "operation"), text(o, "accountId"), text(o, "region"), text(o, "requestId"),
                text(o, "tableName"), text(o, "queueUrl"), o.hasNonNull("retries") ? o.get("retries").asInt() : null,
                AttributeJson.readMap(o.get("other")));
    }

    private static String text(JsonNode o, String field) {
        return o.hasNonNull(field) ? o.get(field).asText() : null;
    }
}
