package io.fmscope.benchmarks.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.SplittableRandom;

/** Writes one {@code RAG_RETRIEVAL} record (seed section 3.1, OpenSearch retrieval log). */
final class RagFields {
    private final SplittableRandom rnd;

    RagFields(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    void write(JsonGenerator g, long t, long i) throws IOException {
        g.writeStartObject();
        g.writeStringField("log_type", SeedRecord.RAG_RETRIEVAL);
        g.writeStringField("request_id", "req-" + i);
        g.writeStringField("session_id", "sess-" + rnd.nextInt(5000));
        g.writeStringField("query_hash", Draw.hex8(rnd));
        g.writeStringField("opensearch_index", "manga-catalog-v2");
        g.writeNumberField("vector_dimension", 1024);
        g.writeNumberField("k_requested", 5);
        int returned = 1 + rnd.nextInt(5);
        g.writeNumberField("results_returned", returned);
        double sum = 0;
        double min = 1;
        double max = 0;
        g.writeArrayFieldStart("relevance_scores");
        for (int k = 0; k < returned; k++) {
            double s = Draw.round(0.3 + rnd.nextDouble() * 0.7, 4);
            g.writeNumber(s);
            sum += s;
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        g.writeEndArray();
        g.writeNumberField("avg_relevance", Draw.round(sum / returned, 4));
        g.writeNumberField("min_relevance", min);
        g.writeNumberField("max_relevance", max);
        g.writeNumberField("query_latency_ms", Draw.round(15 + rnd.nextDouble() * 200, 2));
        g.writeStringField("timestamp", Draw.iso(t));
        g.writeEndObject();
    }
}
