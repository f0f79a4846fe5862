package io.fmscope.benchmarks.logstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

/** StartQuery then GetQueryResults every few milliseconds until Complete, over plain HTTP, timed end to end. */
final class Insights {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final String group;

    /**
     * A finished query: its rows, wall time from StartQuery to the Complete response (client side, polling every
     * {@code pollMillis}), the server's own duration from StartQuery to completion (DescribeQueries'
     * {@code queryDuration}, milliseconds), and the statistics.
     */
    record Run(JsonNode results, long nanos, long serverMillis, JsonNode statistics) {
    }

    Insights(URI endpoint, String group) {
        this.endpoint = endpoint;
        this.group = group;
    }

    Run run(String query, long startSec, long endSec) throws Exception {
        return run(query, startSec, endSec, 2);
    }

    Run run(String query, long startSec, long endSec, long pollMillis) throws Exception {
        ObjectNode start = JSON.createObjectNode().put("logGroupName", group).put("queryString", query)
                .put("startTime", startSec).put("endTime", endSec).put("limit", 10_000);
        long t0 = System.nanoTime();
        String id = JSON.readTree(IngestRun.post(http, endpoint, "StartQuery", bytes(start))).get("queryId").asText();
        byte[] poll = bytes(JSON.createObjectNode().put("queryId", id));
        while (true) {
            JsonNode r = JSON.readTree(IngestRun.post(http, endpoint, "GetQueryResults", poll));
            String status = r.get("status").asText();
            if (status.equals("Complete")) {
                long nanos = System.nanoTime() - t0;
                return new Run(r.get("results"), nanos, serverMillis(id), r.get("statistics"));
            }
            if (!status.equals("Running") && !status.equals("Scheduled")) {
                throw new IllegalStateException("query ended " + status + ": " + query);
            }
            Thread.sleep(pollMillis);
        }
    }

    private long serverMillis(String id) throws Exception {
        JsonNode d = JSON.readTree(IngestRun.post(http, endpoint, "DescribeQueries",
                bytes(JSON.createObjectNode().put("logGroupName", group).put("maxResults", 1000))));
        for (JsonNode q : d.get("queries")) {
            if (q.get("queryId").asText().equals(id)) {
                return q.get("queryDuration").asLong();
            }
        }
        throw new IllegalStateException("query " + id + " not in DescribeQueries");
    }

    /** PutLogEvents of one event, returning when it is acknowledged. */
    void put(String stream, long timestamp, String message) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("logGroupName", group).put("logStreamName", stream);
        body.putArray("logEvents").addObject().put("timestamp", timestamp).put("message", message);
        IngestRun.post(http, endpoint, "PutLogEvents", bytes(body));
    }

    private static byte[] bytes(JsonNode n) throws Exception {
        return JSON.writeValueAsString(n).getBytes(StandardCharsets.UTF_8);
    }

    void close() {
        http.close();
    }
}
