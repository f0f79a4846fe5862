package io.fmscope.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.json.DiscoveryOptions;
import io.fmscope.query.json.JsonFlattener;
import io.fmscope.query.value.BoolValue;
import io.fmscope.query.value.DoubleValue;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The batch discovery that fills the typed columns finds exactly what the reference engine's JsonFlattener finds,
 * message by message: same names, same values, same kinds, on random JSON with repeated keys, dotted keys, '@'
 * keys, nulls, big and non-finite numbers, the field limit, embedded JSON and truncated text.
 */
class BatchDiscoveryProperties {

    @Property(tries = 300)
    void sameFieldsAsTheReferenceDiscovery(@ForAll("batches") List<String> messages,
                                           @ForAll @IntRange(min = 0, max = 12) int limit,
                                           @ForAll boolean embedded) {
        DiscoveryOptions options = new DiscoveryOptions(limit == 12 ? 200 : limit, embedded);
        DiscoveredBatch batch = new BatchDiscovery(options).discover(messages);
        JsonFlattener reference = new JsonFlattener(options);
        for (int row = 0; row < messages.size(); row++) {
            Map<String, Object> expected = new LinkedHashMap<>();
            reference.flatten(messages.get(row)).fields().forEach((k, v) -> expected.put(k, scalar(v)));
            Map<String, Object> actual = new LinkedHashMap<>();
            for (DiscoveredBatch.Slot s : batch.slots()) {
                Object v = value(s, row);
                if (v != null) {
                    actual.put(s.field, v);
                }
            }
            assertThat(actual).as(messages.get(row)).containsExactlyInAnyOrderEntriesOf(expected);
        }
    }

    @Property(tries = 8)
    void halvesDiscoveredInParallelMergeToTheSameFields(@ForAll("bigBatches") List<String> messages) {
        DiscoveredBatch batch = new BatchDiscovery(DiscoveryOptions.DEFAULT).discover(messages);
        JsonFlattener reference = JsonFlattener.standard();
        Map<String, Object> expectedTypes = new LinkedHashMap<>();
        for (int row = 0; row < messages.size(); row++) {
            Map<String, Object> expected = new LinkedHashMap<>();
            reference.flatten(messages.get(row)).fields().forEach((k, v) -> expected.put(k, scalar(v)));
            expected.keySet().forEach(k -> expectedTypes.putIfAbsent(k, k));
            Map<String, Object> actual = new LinkedHashMap<>();
            for (DiscoveredBatch.Slot s : batch.slots()) {
                Object v = value(s, row);
                if (v != null) {
                    actual.put(s.field, v);
                }
            }
            assertThat(actual).as(messages.get(row)).containsExactlyInAnyOrderEntriesOf(expected);
        }
        assertThat(batch.slots()).extracting(s -> s.field).containsExactlyElementsOf(expectedTypes.keySet());
    }

    @Provide
    Arbitrary<List<String>> bigBatches() {
        return messages().list().ofMinSize(BatchDiscovery.PARALLEL_THRESHOLD).ofMaxSize(BatchDiscovery.PARALLEL_THRESHOLD + 200);
    }

    private static Object scalar(Value v) {
        return switch (v) {
            case LongValue l -> l.value();
            case DoubleValue d -> d.value();
            case BoolValue b -> b.truthy();
            default -> v.asText();
        };
    }

    private static Object value(DiscoveredBatch.Slot s, int row) {
        return switch (s.tags[row]) {
            case DiscoveredBatch.LONG -> s.longAt(row);
            case DiscoveredBatch.DOUBLE -> s.doubleAt(row);
            case DiscoveredBatch.BOOL -> s.boolAt(row);
            case DiscoveredBatch.STRING -> s.textAt(row);
            default -> null;
        };
    }

    @Provide
    Arbitrary<List<String>> batches() {
        return messages().list().ofMinSize(1).ofMaxSize(12);
    }

    private Arbitrary<String> messages() {
        Arbitrary<String> json = object(3);
        Arbitrary<String> prefixed = Arbitraries.of("", "  ", "\t", "INFO ", "x{").flatMap(p -> json.map(j -> p + j));
        return prefixed.flatMap(m -> Arbitraries.integers().between(0, m.length() + 20)
                .map(cut -> cut >= m.length() ? m : m.substring(0, cut)));
    }

    private Arbitrary<String> object(int depth) {
        Arbitrary<String> member = Arbitraries.of("a", "b", "a.b", "@a", "@", "c d", "é", "\\\"q\\\"")
                .flatMap(k -> value(depth).map(v -> "\"" + k + "\":" + v));
        return member.list().ofMaxSize(5).map(ms -> "{" + String.join(",", ms) + "}");
    }

    private Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab1 .\u00e9").ofMaxLength(4).map(s -> "\"" + s + "\""),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("1.5", "-0.0", "1e3", "2E-2", "1e400", "-1e400", "12345678901234567890123",
                        "9223372036854775807", "-9223372036854775808", "true", "false", "null", "0"));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(3)
                .map(vs -> "[" + String.join(",", vs) + "]");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, scalar),
                net.jqwik.api.Tuple.of(2, Arbitraries.lazy(() -> object(depth - 1))),
                net.jqwik.api.Tuple.of(1, array));
    }
}
