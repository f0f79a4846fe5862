package io.fmscope.server.otlp;

import com.google.protobuf.InvalidProtocolBufferException;
import io.fmscope.model.trace.Span;
import io.fmscope.server.spans.IngestFullException;
import io.fmscope.server.spans.RawBatch;
import io.fmscope.server.spans.SpanIngest;
import io.fmscope.storage.StorageException;
import io.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /v1/traces} (OTLP/HTTP): decode (protobuf or JSON, optionally gzip), map, hand to the ingest
 * funnel, answer in the request's encoding. 400 for undecodable bodies, 413 over the size cap (after
 * decompression), 415 for other content types, 429 with Retry-After when the queue is full, 503 when
 * storage fails; 200 with {@code partial_success} when some spans were rejected.
 */
public final class OtlpTraceHandler implements Handler {
    static final String PROTOBUF = "application/x-protobuf";
    static final String JSON = "application/json";

    private final SpanIngest ingest;
    private final long maxBodyBytes;

    public OtlpTraceHandler(SpanIngest ingest, long maxBodyBytes) {
        this.ingest = ingest;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override public void handle(Context ctx) throws Exception {
        String type = mediaType(ctx.contentType());
        boolean json = JSON.equals(type);
        if (!json && !PROTOBUF.equals(type)) {
            fail(ctx, false, 415, 3, "unsupported content type '" + ctx.contentType() + "' (use " + PROTOBUF
                    + " or " + JSON + ")");
            return;
        }
        ExportTraceServiceRequest request;
        byte[] body;
        try {
            body = Bodies.read(ctx, maxBodyBytes);
            request = json ? OtlpJson.parse(body) : ExportTraceServiceRequest.parseFrom(body);
        } catch (Bodies.TooLarge e) {
            fail(ctx, json, 413, 8, e.getMessage());
            return;
        } catch (InvalidProtocolBufferException | Bodies.BadEncoding e) {
            fail(ctx, json, 400, 3, "cannot decode the export request: " + e.getMessage());
            return;
        }
        MappedSpans mapped = OtlpSpanMapper.map(request);
        try {
            ingest.write(mapped.spans(), new RawBatch(json ? RawBatch.Format.OTLP_JSON : RawBatch.Format.OTLP_PROTOBUF,
                    body));
        } catch (IngestFullException e) {
            ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
            fail(ctx, json, 429, 8, e.getMessage());
            return;
        } catch (StorageException e) {
            ctx.header("Retry-After", "5");
            fail(ctx, json, 503, 14, "storage unavailable: " + e.getMessage());
            return;
        }
        ExportTraceServiceResponse.Builder response = ExportTraceServiceResponse.newBuilder();
        if (mapped.rejected() > 0) {
            response.setPartialSuccess(ExportTracePartialSuccess.newBuilder().setRejectedSpans(mapped.rejected())
                    .setErrorMessage(mapped.message()));
        }
        ctx.status(200).contentType(json ? JSON : PROTOBUF);
        if (json) {
            ctx.result(OtlpJson.print(response.build()));
        } else {
            ctx.result(response.build().toByteArray());
        }
    }

    /** The spans a journaled request body maps to, exactly as when it was accepted. */
    public static List<Span> decode(RawBatch raw) {
        try {
            ExportTraceServiceRequest request = raw.format() == RawBatch.Format.OTLP_JSON ? OtlpJson.parse(raw.bytes())
                    : ExportTraceServiceRequest.parseFrom(raw.bytes());
            return OtlpSpanMapper.map(request).spans();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("journaled OTLP body does not decode: " + e.getMessage(), e);
        }
    }

    private static void fail(Context ctx, boolean json, int status, int rpcCode, String message) {
        ctx.status(status);
        if (json) {
            ctx.contentType(JSON).json(Map.of("code", rpcCode, "message", message));
        } else {
            ctx.contentType(PROTOBUF).result(RpcStatus.protobuf(rpcCode, message));
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

}
