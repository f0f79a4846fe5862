package io.fmscope.server.xray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentParserTest {
    static final String FULL = """
        {"name":"api","id":"70de5b6f19ff9a0a","trace_id":"1-5759e988-bd862e3fe1be46a994272793",
         "start_time":1.478293361271E9,"end_time":1478293361.449,"origin":"AWS::EC2::Instance","user":"alice",
         "service":{"version":"1.2"},"fault":true,
         "http":{"request":{"method":"GET","url":"https://x/a","client_ip":"1.2.3.4","x_forwarded_for":true},
                 "response":{"status":500,"content_length":-1}},
         "aws":{"ec2":{"instance_id":"i-1"},"xray":{"sdk":"X-Ray for Java"}},
         "cause":{"working_directory":"/app","paths":["/app/A.java"],"exceptions":[{"id":"0123456789abcdef",
           "type":"IOException","message":"boom","stack":[{"path":"A.java","line":3,"label":"run"}]}]},
         "annotations":{"n":1,"ok":false,"s":"x","bad":{"nested":1}},
         "metadata":{"debug":{"k":[1,2.5,"t",null]}},
         "subsegments":[{"id":"70de5b6f19ff9a0b","name":"DynamoDB","namespace":"aws","start_time":1478293361.3,
           "end_time":1478293361.4,"throttle":true,"error":true,"cause":"0123456789abcdef",
           "aws":{"operation":"GetItem","table_name":"t","retries":3,"request_id":"r"},
           "sql":{"sanitized_query":"select"},"precursor_ids":["70de5b6f19ff9a0c"],
           "subsegments":[{"id":"70de5b6f19ff9a0d","name":"inner","start_time":1478293361.31,"in_progress":true}]}]}
        """;

    @Test void segmentWithNestedSubsegmentsIsFlattened() throws Exception {
        List<Span> spans = SegmentParser.parse(FULL);
        assertThat(spans).extracting(Span::name).containsExactly("api", "DynamoDB", "inner");
        Span api = spans.get(0);
        assertThat(api.startNanos()).isEqualTo(1_478_293_361_271_000_000L);
        assertThat(api.durationNanos()).isEqualTo(178_000_000L);
        assertThat(api.annotations()).containsOnlyKeys("n", "ok", "s");
        assertThat(api.http().contentLength()).isEqualTo(-1L);
        assertThat(api.aws().other()).containsKeys("ec2", "xray");
        assertThat(api.attributes()).containsEntry("enduser.id", AttributeValue.of("alice"));
        Span ddb = spans.get(1);
        assertThat(ddb.parentId()).isEqualTo(api.spanId());
        assertThat(ddb.service()).isEqualTo("api");
        assertThat(ddb.aws().retries()).isEqualTo(3);
        assertThat(ddb.cause().exceptionRef()).isEqualTo("0123456789abcdef");
        assertThat(spans.get(2).inProgress()).isTrue();
    }

    @Test void renderingAndParsingAgainGivesTheSameSpans() throws Exception {
        List<Span> spans = SegmentParser.parse(FULL);
        Trace trace = new Trace(spans.getFirst().traceId(), spans);
        List<SegmentRenderer.Document> docs = SegmentRenderer.render(trace);
        assertThat(docs).hasSize(1);
        assertThat(SegmentParser.parse(docs.getFirst().json())).containsExactlyInAnyOrderElementsOf(spans);
    }

    @Test void orphanSubsegmentsRenderAsIndependentDocuments() throws Exception {
        String sub = "{\"type\":\"subsegment\",\"id\":\"0000000000000002\",\"parent_id\":\"0000000000000001\","
                + "\"trace_id\":\"5759e988bd862e3fe1be46a994272793\",\"name\":\"s\",\"start_time\":1,\"end_time\":2}";
        List<Span> spans = SegmentParser.parse("[" + sub + "]");
        assertThat(spans.getFirst().service()).isEmpty();
        var docs = SegmentRenderer.render(new Trace(spans.getFirst().traceId(), spans));
        assertThat(SegmentParser.parse(docs.getFirst().json())).isEqualTo(spans);
        assertThat(docs.getFirst().json()).contains("\"type\":\"subsegment\"").contains("\"parent_id\"");
    }

    @Test void invalidDocumentsAreRefusedWithACode() {
        String t = "\"trace_id\":\"1-5759e988-bd862e3fe1be46a994272793\"";
        assertCode("{\"name\":\"a\"," + t + ",\"start_time\":1,\"end_time\":2}", "MissingId");
        assertCode("{\"id\":\"zz\",\"name\":\"a\"," + t + ",\"start_time\":1,\"end_time\":2}", "InvalidId");
        assertCode("{\"id\":\"0000000000000001\",\"name\":\"a\",\"start_time\":1,\"end_time\":2}", "MissingTraceId");
        assertCode("{\"id\":\"0000000000000001\",\"name\":\"a\",\"trace_id\":\"1-x\",\"start_time\":1,\"end_time\":2}",
                "InvalidTraceId");
        assertCode("{\"id\":\"0000000000000001\",\"name\":\"a\"," + t + ",\"start_time\":1}", "MissingEndTime");
        assertCode("{\"id\":\"0000000000000001\",\"name\":\"a\"," + t + ",\"start_time\":3,\"end_time\":2}",
                "InvalidTimes");
        assertCode("{\"id\":\"0000000000000001\"," + t + ",\"start_time\":1,\"end_time\":2}", "InvalidName");
        assertCode("{\"type\":\"subsegment\",\"id\":\"0000000000000001\",\"name\":\"a\"," + t
                + ",\"start_time\":1,\"end_time\":2}", "MissingParentId");
        assertCode("{\"id\":\"0000000000000001\",\"name\":\"a\"," + t + ",\"start_time\":1,\"end_time\":2,"
                + "\"subsegments\":[{\"id\":\"0000000000000002\",\"name\":\"b\",\"start_time\":1}]}", "MissingEndTime");
        assertCode("{\"name\":\"" + "x".repeat(70_000) + "\"}", "DocumentTooLarge");
        assertCode("[1]", "InvalidSegment");
        assertCode("42", "InvalidSegment");
    }

    private static void assertCode(String doc, String code) {
        assertThatThrownBy(() -> SegmentParser.parse(doc)).isInstanceOf(SegmentException.class)
                .extracting(e -> ((SegmentException) e).code()).isEqualTo(code);
    }
}
