package io.fmscope.query.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageScannerTest {
    private static final List<String> TIME = List.of("@timestamp", "timestamp", "metadata.timestamp_epoch_ms");

    private static MessageScanner scan(String json, List<String> names) {
        MessageScanner s = new MessageScanner(names, TIME, DiscoveryOptions.DEFAULT);
        byte[] b = ("xx" + json + "yy").getBytes(StandardCharsets.UTF_8);
        assertThat(s.scan(b, 2, b.length - 4)).as(json).isTrue();
        return s;
    }

    @Test
    void timePathsTakeTheirFirstValueAlongObjectKeysOnly() {
        MessageScanner s = scan("{\"items\":[{\"timestamp\":5}],\"metadata\":{\"timestamp_epoch_ms\":7,"
                + "\"timestamp_epoch_ms\":8},\"timestamp\":\"t\"}", List.of());
        assertThat(s.timeValue(0)).isNull();
        assertThat(s.timeValue(1)).isEqualTo(Value.of("t"));
        assertThat(s.timeValue(2)).isEqualTo(Value.of(7));
    }

    @Test
    void aTimeFieldIsNotDiscoveredUnderItsRawNameAtTheTop() {
        // the raw key @timestamp is the time field; as a discovered field it is named @@timestamp
        MessageScanner s = scan("{\"@timestamp\":1714557600000,\"a\":{\"b\":[1,{\"c\":true}]}}",
                List.of("@@timestamp", "a.b.1.c", "a.b.0", "@timestamp"));
        Value[] v = new Value[4];
        s.values(v);
        assertThat(v).containsExactly(Value.of(1714557600000L), Value.TRUE, Value.of(1), Value.NULL);
        assertThat(s.timeValue(0)).isEqualTo(Value.of(1714557600000L));
    }

    @Test
    void dottedKeysAndNestedKeysShareAFlattenedName() {
        MessageScanner s = scan("{\"metadata.timestamp_epoch_ms\":9,\"a.b\":1,\"a\":{\"b\":2}}", List.of("a.b"));
        Value[] v = new Value[1];
        s.values(v);
        assertThat(v[0]).isEqualTo(Value.of(1));
        assertThat(s.timeValue(2)).isEqualTo(Value.of(9));
    }

    @Test
    void repeatedNamesAreDiscoveredOnce() {
        MessageScanner s = scan("{\"k\":\"first\",\"k\":\"second\"}", List.of("k", "k"));
        Value[] v = new Value[2];
        s.values(v);
        assertThat(v).containsExactly(Value.of("first"), Value.of("first"));
    }

    @Test
    void brokenAndNonObjectTextIsRejected() {
        MessageScanner s = new MessageScanner(List.of("a"), TIME, DiscoveryOptions.DEFAULT);
        for (String bad : List.of("", "[1]", "\"s\"", "{\"a\":1", "{\"a\":1}}", "{a:1}", "{\"a\":01}",
                "\uFEFF{\"a\":1}")) {
            byte[] b = bad.getBytes(StandardCharsets.UTF_8);
            assertThat(s.scan(b, 0, b.length)).as(bad).isFalse();
        }
    }
}
