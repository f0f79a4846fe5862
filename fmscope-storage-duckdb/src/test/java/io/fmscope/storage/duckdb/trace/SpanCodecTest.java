package io.fmscope.storage.duckdb.trace;

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
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.SpanKind;
import io.fmscope.model.trace.SpanLink;
import io.fmscope.model.trace.SpanSource;
import io.fmscope.model.trace.SpanStatus;
import io.fmscope.model.trace.StackFrame;
import io.fmscope.model.trace.TraceId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Journal lines: every field of a span survives encode then decode, defaults included. */
class SpanCodecTest {
    private static final TraceId T = TraceId.parse("5759e988bd862e3fe1be46a994272793");

    @Test void aSpanWithEveryFieldRoundTrips() {
        Span s = Span.builder(T, SpanId.parse("47526757130f9f53"), "InvokeModel").parentId(SpanId.parse("00000000000000aa"))
                .service("bedrock").origin("AWS::Bedrock").kind(SpanKind.CLIENT).segment(false)
                .namespace(Namespace.AWS).startNanos(1_700_000_000_000_000_000L).endNanos(1_700_000_000_900_000_000L)
                .status(new SpanStatus(SpanStatus.Code.ERROR, "throttled")).outcome(new Outcome(true, true, false))
                .http(new Http("POST", "/model/x/invoke", "ua", "10.0.0.1", 429, 12L, true, true))
                .aws(new AwsCall("InvokeModel", "123", "us-east-1", "r-1", null, null, 2,
                        Map.of("x", AttributeValue.of(1.5))))
                .cause(new Cause("/app", List.of("a.py"), List.of(new SpanException("e1", "ThrottlingException", "slow",
                        true, 0, 1, null, List.of(new StackFrame("a.py", 3, "f")))), null))
                .attributes(Map.of("gen_ai.request.model", AttributeValue.of("claude"), "n", AttributeValue.of(7L),
                        "nan", AttributeValue.of(Double.NaN), "ok", AttributeValue.of(true)))
                .resource(Map.of("service.name", AttributeValue.of("bedrock")))
                .annotation("tier", AttributeValue.of("gold"))
                .metadata("debug", Map.of("k", AttributeValue.of("v")))
                .event(new SpanEvent(1_700_000_000_100_000_000L, "retry", Map.of("n", AttributeValue.of(1L))))
                .link(new SpanLink(TraceId.parse("0123456789abcdef0123456789abcdef"), SpanId.parse("1111111111111111"),
                        Map.of()))
                .source(SpanSource.XRAY).build();
        assertThat(SpanCodec.decode(SpanCodec.encode(s))).isEqualTo(s);
    }

    @Test void aBareInProgressRootRoundTrips() {
        Span s = Span.builder(T, SpanId.parse("47526757130f9f53"), "root").startNanos(5).inProgress(true).build();
        String line = SpanCodec.encode(s);
        assertThat(line).doesNotContain("\n").doesNotContain("http");
        assertThat(SpanCodec.decode(line)).isEqualTo(s);
    }

    @Test void linesOfABatchDecodeOneByOne() {
        Span a = Span.builder(T, SpanId.parse("47526757130f9f53"), "a").startNanos(5).endNanos(9).build();
        Span b = a.toBuilder().name("b\nwith a newline").inProgress(true).build();
        String[] lines = new String(SpanCodec.encodeLines(List.of(a, b)), java.nio.charset.StandardCharsets.UTF_8)
                .split("\n");
        assertThat(lines).hasSize(2);
        assertThat(SpanCodec.decode(lines[0])).isEqualTo(a);
        assertThat(SpanCodec.decode(lines[1])).isEqualTo(b);
        assertThat(lines[0]).isEqualTo(SpanCodec.encode(a));
    }

    @Test void garbageIsRejected() {
        assertThatThrownBy(() -> SpanCodec.decode("{\"t\":\"zz\"}")).isInstanceOf(IllegalArgumentException.class);
    }
}
