package io.fmscope.model.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A typed attribute value: OTLP's {@code AnyValue}, which also holds any JSON value X-Ray metadata carries
 * (JSON null becomes {@link EmptyValue}). Integers stay integers so filters compare them exactly.
 */
public sealed interface AttributeValue {

    record StringValue(String value) implements AttributeValue {
        public StringValue {
            Objects.requireNonNull(value, "value");
        }
    }

    record BoolValue(boolean value) implements AttributeValue {
    }

    record LongValue(long value) implements AttributeValue {
    }

    record DoubleValue(double value) implements AttributeValue {
    }

    /** Raw bytes, kept as base64 text so the record stays immutable and comparable. */
    record BytesValue(String base64) implements AttributeValue {
        public BytesValue {
            Objects.requireNonNull(base64, "base64");
        }
    }

    record ArrayValue(List<AttributeValue> values) implements AttributeValue {
        public ArrayValue {
            values = List.copyOf(values);
        }
    }

    /** A nested map (OTLP {@code kvlist_value}, a JSON object); keeps insertion order. */
    record MapValue(Map<String, AttributeValue> values) implements AttributeValue {
        public MapValue {
            values = Attributes.copy(values);
        }
    }

    /** No value (an unset OTLP AnyValue, a JSON null). */
    record EmptyValue() implements AttributeValue {
    }

    static AttributeValue of(String v) {
        return new StringValue(v);
    }

    static AttributeValue of(long v) {
        return new LongValue(v);
    }

    static AttributeValue of(double v) {
        return new DoubleValue(v);
    }

    static AttributeValue of(boolean v) {
        return new BoolValue(v);
    }

    /** True for string, number and boolean values: the kinds X-Ray accepts as annotations. */
    default boolean isScalar() {
        return this instanceof StringValue || this instanceof LongValue || this instanceof DoubleValue
                || this instanceof BoolValue;
    }

    /** The value as text (numbers and booleans in their JSON form); arrays/maps as a Java rendering. */
    default String asText() {
        return switch (this) {
            case StringValue s -> s.value();
            case BoolValue b -> Boolean.toString(b.value());
            case LongValue l -> Long.toString(l.value());
            case DoubleValue d -> Double.toString(d.value());
            case BytesValue b -> b.base64();
            case ArrayValue a -> a.values().stream().map(AttributeValue::asText).toList().toString();
            case MapValue m -> m.values().toString();
            case EmptyValue e -> "";
        };
    }

    /** The plain Java value: String, Boolean, Long, Double, List, Map, or null for empty. */
    default Object toJava() {
        return switch (this) {
            case StringValue s -> s.value();
            case BoolValue b -> b.value();
            case LongValue l -> l.value();
            case DoubleValue d -> d.value();
            case BytesValue b -> b.base64();
            case ArrayValue a -> {
                List<Object> out = new ArrayList<>();
                a.values().forEach(v -> out.add(v.toJava()));
                yield Collections.unmodifiableList(out);
            }
            case MapValue m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                m.values().forEach((k, v) -> out.put(k, v.toJava()));
                yield Collections.unmodifiableMap(out);
            }
            case EmptyValue e -> null;
        };
    }
}
