package io.fmscope.benchmarks.traces;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seed-shaped OTLP export requests: traces of one FM request each (server root, cache, session store,
 * vector search, model invoke with GenAI attributes, delivery), 6 spans per trace, ~5% throttled.
 */
final class SpanBatches {
    private static final String[] CHILDREN = {"redis GET", "dynamodb GetItem", "opensearch search", "chat claude",
            "websocket send"};

    private SpanBatches() {
    }

    /**
     * One encoded request and where its trace ids sit in the bytes, so each send can stamp fresh ids
     * without re-encoding (a re-sent span would only be merged, not stored anew).
     */
    record Batch(byte[] body, int[] offsets, int[] traceOfOffset) {

        /** A copy of the body whose trace ids are unique to {@code sequence} (the first 8 id bytes rewritten). */
        byte[] fresh(long sequence) {
            byte[] out = body.clone();
            for (int i = 0; i < offsets.length; i++) {
                long v = sequence << 16 | traceOfOffset[i];
                for (int k = 7; k >= 0; k--) {
                    out[offsets[i] + k] = (byte) v;
                    v >>>= 8;
                }
            }
            return out;
        }
    }

    /** {@code count} encoded requests of about {@code spansPerBatch} spans (whole traces). */
    static List<Batch> protobuf(int count, int spansPerBatch, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Batch> out = new ArrayList<>(count);
        long t0 = System.currentTimeMillis() * 1_000_000L;
        for (int b = 0; b < count; b++) {
            ScopeSpans.Builder scope = ScopeSpans.newBuilder();
            scope.getScopeBuilder().setName("fmscope-bench");
            List<byte[]> traceIds = new ArrayList<>();
            for (int n = 0; n < spansPerBatch; n += 1 + CHILDREN.length) {
                traceIds.add(addTrace(scope, random, t0 + (long) b * 1_000_000L));
            }
            ResourceSpans rs = ResourceSpans.newBuilder().setResource(Resource.newBuilder()
                    .addAttributes(kv("service.name", "chatbot")).addAttributes(kv("cloud.platform", "aws_ecs")))
                    .addScopeSpans(scope).build();
            byte[] body = ExportTraceServiceRequest.newBuilder().addResourceSpans(rs).build().toByteArray();
            out.add(locate(body, traceIds));
        }
        return out;
    }

    /** Every occurrence of each trace id in the encoded body (its spans' trace_id fields). */
    private static Batch locate(byte[] body, List<byte[]> traceIds) {
        List<int[]> found = new ArrayList<>();
        for (int t = 0; t < traceIds.size(); t++) {
            byte[] id = traceIds.get(t);
            for (int i = 0; i + id.length <= body.length; i++) {
                if (java.util.Arrays.equals(body, i, i + id.length, id, 0, id.length)) {
                    found.add(new int[] {i, t});
                }
            }
        }
        return new Batch(body, found.stream().mapToInt(f -> f[0]).toArray(), found.stream().mapToInt(f -> f[1]).toArray());
    }

    /** Spans in one request built by {@link #protobuf} (whole traces: a multiple of 6 at or above the ask). */
    static int spansPerRequest(int spansPerBatch) {
        int perTrace = 1 + CHILDREN.length;
        return (spansPerBatch + perTrace - 1) / perTrace * perTrace;
    }

    private static byte[] addTrace(ScopeSpans.Builder scope, SplittableRandom r, long start) {
        byte[] traceBytes = ByteBuffer.allocate(16).putLong(r.nextLong()).putLong(r.nextLong()).array();
        ByteString trace = ByteString.copyFrom(traceBytes);
        ByteString root = id(r);
        boolean throttled = r.nextInt(20) == 0;
        scope.addSpans(Span.newBuilder().setTraceId(trace).setSpanId(root).setName("POST /chat")
                .setKind(Span.SpanKind.SPAN_KIND_SERVER).setStartTimeUnixNano(start)
                .setEndTimeUnixNano(start + 900_000_000L)
                .addAttributes(kv("http.request.method", "POST")).addAttributes(kv("url.full", "https://chat/ask"))
                .addAttributes(kvInt("http.response.status_code", throttled ? 503 : 200))
                .addAttributes(kv("fm.request_id", Long.toHexString(r.nextLong()))));
        long at = start + 5_000_000L;
        for (String child : CHILDREN) {
            boolean model = child.startsWith("chat");
            Span.Builder s = Span.newBuilder().setTraceId(trace).setSpanId(id(r)).setParentSpanId(root).setName(child)
                    .setKind(Span.SpanKind.SPAN_KIND_CLIENT).setStartTimeUnixNano(at)
                    .setEndTimeUnixNano(at + (model ? 600_000_000L : 20_000_000L));
            if (model) {
                s.addAttributes(kv("gen_ai.operation.name", "chat")).addAttributes(kv("gen_ai.provider.name",
                        "aws.bedrock")).addAttributes(kv("gen_ai.request.model", "anthropic.claude-3-haiku"))
                        .addAttributes(kvInt("gen_ai.usage.input_tokens", 400 + r.nextInt(800)))
                        .addAttributes(kvInt("gen_ai.usage.output_tokens", 50 + r.nextInt(400)))
                        .addAttributes(kv("rpc.system", "aws-api")).addAttributes(kv("rpc.method", "InvokeModel"));
                if (throttled) {
                    s.addAttributes(kvInt("http.response.status_code", 429))
                            .setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR));
                }
            }
            scope.addSpans(s);
            at += model ? 610_000_000L : 25_000_000L;
        }
        return traceBytes;
    }

    private static ByteString id(SplittableRandom r) {
        return ByteString.copyFrom(ByteBuffer.allocate(8).putLong(r.nextLong() | 1).array());
    }

    private static KeyValue kv(String k, String v) {
        return KeyValue.newBuilder().setKey(k).setValue(AnyValue.newBuilder().setStringValue(v)).build();
    }

    private static KeyValue kvInt(String k, long v) {
        return KeyValue.newBuilder().setKey(k).setValue(AnyValue.newBuilder().setIntValue(v)).build();
    }
}
