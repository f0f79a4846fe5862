package io.fmscope.storage.tck.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.AwsCall;
import io.fmscope.model.trace.Cause;
import io.fmscope.model.trace.Http;
import io.fmscope.model.trace.Namespace;
import io.fmscope.model.trace.Outcome;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanEvent;
import io.fmscope.model.trace.SpanException;
import io.fmscope.model.trace.SpanLink;
import io.fmscope.model.trace.SpanSource;
import io.fmscope.model.trace.SpanStatus;
import io.fmscope.model.trace.StackFrame;
import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.StorageException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every field of a span comes back exactly; traces are read by id, whole. */
public abstract class TraceWriteReadContract extends TraceStoreContract {

    @Test public void everyFieldRoundTrips() {
        TraceId t = newTraceId();
        Span root = root(t, "chatbot", T0, 900);
        Map<String, AttributeValue> nested = new LinkedHashMap<>();
        nested.put("tokens", AttributeValue.of(1234L));
        nested.put("list", new AttributeValue.ArrayValue(List.of(AttributeValue.of("a"), AttributeValue.of(2.5))));
        nested.put("none", new AttributeValue.EmptyValue());
        Span full = child(root, "Bedrock", 10, 700).toBuilder().namespace(Namespace.AWS).origin("AWS::Bedrock")
                .status(SpanStatus.error("throttled")).outcome(new Outcome(true, true, false))
                .http(new Http("POST", "https://bedrock/invoke", "sdk", "10.0.0.1", 429, -1L, false, true))
                .aws(new AwsCall("InvokeModel", "123456789012", "us-east-1", "req-1", null, null, 2,
                        Map.of("model", AttributeValue.of("claude"))))
                .cause(new Cause("/app", List.of("/app/Main.java"), List.of(new SpanException("0123456789abcdef",
                        "ThrottlingException", "slow down", true, 1, 0, null,
                        List.of(new StackFrame("Main.java", 42, "call")))), null))
                .attribute("gen_ai.usage.input_tokens", AttributeValue.of(512L))
                .attribute("gen_ai.provider.name", AttributeValue.of("aws.bedrock"))
                .attribute("flag", AttributeValue.of(true))
                .attribute("bytes", new AttributeValue.BytesValue("AAEC"))
                .resource(Map.of("service.name", AttributeValue.of("chatbot")))
                .annotation("model", AttributeValue.of("claude")).annotation("retries", AttributeValue.of(2L))
                .metadata("gen_ai", Map.of("nested", new AttributeValue.MapValue(nested)))
                .event(new SpanEvent(T0 + 20 * MS, "exception", Map.of("exception.type", AttributeValue.of("X"))))
                .link(new SpanLink(newTraceId(), newSpanId(), Map.of("k", AttributeValue.of("v"))))
                .source(SpanSource.XRAY).build();
        store.writer().write(List.of(root, full));
        Trace back = store.reader().trace(t).orElseThrow();
        assertThat(back.spans()).containsExactlyInAnyOrder(root, full);
        assertThat(store.reader().spanCount()).isEqualTo(2);
    }

    @Test public void unknownTraceIsEmptyAndBatchReadKeepsAskedOrder() {
        TraceId a = newTraceId();
        TraceId b = newTraceId();
        store.writer().write(List.of(root(a, "a", T0, 5), root(b, "b", T0 + MS, 5)));
        assertThat(store.reader().trace(newTraceId())).isEmpty();
        List<Trace> got = store.reader().traces(List.of(b, newTraceId(), a, b));
        assertThat(got).extracting(Trace::traceId).containsExactly(b, a);
    }

    @Test public void spansOfOneTraceMayArriveInAnyOrderAndBatch() {
        TraceId t = newTraceId();
        Span root = root(t, "api", T0, 100);
        Span c1 = child(root, "redis", 5, 2);
        Span c2 = child(c1, "inner", 1, 1);
        store.writer().write(List.of(c2));
        store.writer().write(List.of(c1));
        store.writer().write(List.of(root));
        Trace back = store.reader().trace(t).orElseThrow();
        assertThat(back.spans()).containsExactly(root, c1, c2);
        assertThat(back.root()).isEqualTo(root);
    }

    @Test public void emptyBatchIsANoOp() {
        store.writer().write(List.of());
        assertThat(store.reader().spanCount()).isZero();
    }

    @Test public void closedStoreRefusesCalls() {
        store.close();
        assertThatThrownBy(() -> store.reader().trace(newTraceId())).isInstanceOf(StorageException.class)
                .extracting(e -> ((StorageException) e).kind()).isEqualTo(StorageException.Kind.PERMANENT);
        assertThatThrownBy(() -> store.writer().write(List.of(root(newTraceId(), "x", T0, 1))))
                .isInstanceOf(StorageException.class);
        store = null;
    }
}
