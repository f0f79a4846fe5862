package io.fmscope.storage.duckdb.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fmscope.model.trace.AwsCall;

/** The aws block holds typed values in {@code other}, so it is written by hand rather than by Jackson. */
final class Blocks {
    private Blocks() {
    }

    static ObjectNode aws(AwsCall a) {
        ObjectNode o = SpanJson.MAPPER.createObjectNode();
        o.put("operation", a.operation()).put("accountId", a.accountId()).put("region", a.region())
                .put("requestId", a.requestId()).put("tableName", a.tableName()).put("queueUrl", a.queueUrl())
                .put("retries", a.retries());
        o.set("other", AttributeJson.map(a.other()));
        return o;
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
