package io.fmscope.server.xray;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fmscope.model.trace.Span;
import io.fmscope.server.api.Json;
import io.fmscope.server.spans.SpanIngest;
import java.util.ArrayList;
import java.util.List;

/**
 * PutTraceSegments: every valid document is stored (in one ingest batch); each invalid one comes back in
 * {@code UnprocessedTraceSegments} with its id (when readable), a code and the reason.
 */
public final class PutTraceSegmentsService {

    public record Unprocessed(@JsonProperty("Id") String id, @JsonProperty("ErrorCode") String errorCode,
                              @JsonProperty("Message") String message) {
    }

    public record Result(@JsonProperty("UnprocessedTraceSegments") List<Unprocessed> unprocessed) {
    }

    private final SpanIngest ingest;

    public PutTraceSegmentsService(SpanIngest ingest) {
        this.ingest = ingest;
    }

    public Result put(XRayRequests.PutTraceSegments request) {
        if (request.documents() == null) {
            throw XRayException.invalidRequest("1 validation error detected: Value null at 'traceSegmentDocuments'"
                    + " failed to satisfy constraint: Member must not be null");
        }
        List<Span> spans = new ArrayList<>();
        List<Unprocessed> bad = new ArrayList<>();
        for (String doc : request.documents()) {
            try {
                spans.addAll(SegmentParser.parse(doc == null ? "" : doc));
            } catch (SegmentException e) {
                bad.add(new Unprocessed(idOf(doc), e.code(), e.getMessage()));
            }
        }
        ingest.write(spans);
        return new Result(bad);
    }

    private static String idOf(String doc) {
        try {
            var n = Json.MAPPER.readTree(doc);
            return n != null && n.path("id").isTextual() ? n.get("id").asText() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
