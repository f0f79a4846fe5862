package io.fmscope.query.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFlattenerTest {
    private final JsonFlattener flattener = JsonFlattener.standard();

    @Test
    void nestedKeysJoinWithDotsAndArraysByIndex() {
        DiscoveredFields f = flattener.flatten("{\"userIdentity\":{\"type\":\"IAMUser\"},"
                + "\"requestParameters\":{\"instancesSet\":{\"items\":[{\"instanceId\":\"i-1\"},{\"instanceId\":\"i-2\"}]}},"
                + "\"terminatingRuleMatchDetails\":[{\"matchedData\":[\"a\",\"b\"]}]}");
        assertThat(f.get("userIdentity.type")).isEqualTo(Value.of("IAMUser"));
        assertThat(f.get("requestParameters.instancesSet.items.0.instanceId")).isEqualTo(Value.of("i-1"));
        assertThat(f.get("requestParameters.instancesSet.items.1.instanceId")).isEqualTo(Value.of("i-2"));
        assertThat(f.get("terminatingRuleMatchDetails.0.matchedData.0")).isEqualTo(Value.of("a"));
        assertThat(f.fields().keySet()).containsExactly("userIdentity.type",
                "requestParameters.instancesSet.items.0.instanceId", "requestParameters.instancesSet.items.1.instanceId",
                "terminatingRuleMatchDetails.0.matchedData.0", "terminatingRuleMatchDetails.0.matchedData.1");
        assertThat(f.truncated()).isFalse();
    }

    @Test
    void scalarsAreTyped() {
        DiscoveredFields f = flattener.flatten("{\"s\":\"x\",\"i\":42,\"d\":1.5,\"t\":true,\"n\":null,"
                + "\"big\":123456789012345678901234567890,\"neg\":-7}");
        assertThat(f.get("s")).isEqualTo(Value.of("x"));
        assertThat(f.get("i")).isEqualTo(Value.of(42));
        assertThat(f.get("d")).isEqualTo(Value.of(1.5));
        assertThat(f.get("t")).isEqualTo(Value.TRUE);
        assertThat(f.get("neg")).isEqualTo(Value.of(-7));
        assertThat(f.fields()).doesNotContainKey("n");
        assertThat(f.get("big")).isEqualTo(Value.of("123456789012345678901234567890"));
    }

    @Test
    void atSignKeysGetAnotherAt() {
        DiscoveredFields f = flattener.flatten("{\"@example.com\":1,\"@timestamp\":\"t\",\"a\":{\"@b\":2}}");
        assertThat(f.fields().keySet()).containsExactly("@@example.com", "@@timestamp", "a.@b");
    }

    @Test
    void nonJsonMessagesHaveNoFields() {
        for (String m : List.of("plain text", "", "   ", "[1,2,3]", "42", "\"str\"", "{broken", "x {\"a\":1}")) {
            assertThat(flattener.flatten(m).fields()).as(m).isEmpty();
        }
    }

    @Test
    void emptyContainersAreNoFields() {
        assertThat(flattener.flatten("{\"a\":{},\"b\":[],\"c\":1}").fields().keySet()).containsExactly("c");
    }

    @Test
    void leadingWhitespaceIsFine() {
        assertThat(flattener.flatten("  \t{\"a\":1}").get("a")).isEqualTo(Value.of(1));
    }

    @Test
    void fieldsBeforeASyntaxErrorAreDiscovered() {
        DiscoveredFields f = flattener.flatten("{\"a\":1,\"b\":{\"c\":2},\"d\":");
        assertThat(f.fields().keySet()).containsExactly("a", "b.c");
    }

    @Test
    void firstOccurrenceOfARepeatedNameWins() {
        assertThat(flattener.flatten("{\"a\":1,\"a\":2}").get("a")).isEqualTo(Value.of(1));
        assertThat(flattener.flatten("{\"a.b\":1,\"a\":{\"b\":2}}").get("a.b")).isEqualTo(Value.of(1));
    }

    @Test
    void only200LeavesAreDiscoveredInDocumentOrder() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < 250; i++) {
            b.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        DiscoveredFields f = flattener.flatten(b.append('}').toString());
        assertThat(f.fields()).hasSize(200).containsKey("k199").doesNotContainKey("k200");
        assertThat(f.truncated()).isTrue();
    }

    @Test
    void leavesInsideArraysAndNullsCountTowardTheLimit() {
        List<String> parts = new ArrayList<>();
        parts.add("\"arr\":[" + "1,".repeat(149) + "1]"); // 150 leaves
        parts.add("\"n\":null");                            // leaf 151
        for (int i = 0; i < 60; i++) {
            parts.add("\"f" + i + "\":" + i);                 // leaves 152..211
        }
        DiscoveredFields f = flattener.flatten("{" + String.join(",", parts) + "}");
        assertThat(f.fields()).containsKey("f48").doesNotContainKey("f49");
        assertThat(f.truncated()).isTrue();
    }

    @Test
    void exactlyTheLimitIsNotTruncated() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < 200; i++) {
            b.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":true");
        }
        DiscoveredFields f = flattener.flatten(b.append('}').toString());
        assertThat(f.fields()).hasSize(200);
        assertThat(f.truncated()).isFalse();
    }

    @Test
    void embeddedJsonWhenEnabled() {
        String lambda = "2024-05-01T10:00:00.000Z\treq-1\tINFO\t{\"level\":\"INFO\",\"latency\":12} tail";
        assertThat(flattener.flatten(lambda).fields()).isEmpty();
        DiscoveredFields f = new JsonFlattener(new DiscoveryOptions(200, true)).flatten(lambda);
        assertThat(f.get("latency")).isEqualTo(Value.of(12));
    }

    @Test
    void deepNestingDoesNotCrash() {
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        assertThat(flattener.flatten(deep).fields()).isEmpty();
        String ok = "{\"a\":".repeat(50) + "1" + "}".repeat(50);
        assertThat(flattener.flatten(ok).fields()).hasSize(1);
    }
}
