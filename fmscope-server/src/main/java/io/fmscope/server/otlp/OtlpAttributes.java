package io.fmscope.server.otlp;

import io.fmscope.model.trace.AttributeValue;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** OTLP {@code KeyValue}/{@code AnyValue} to the model's typed attributes, types kept. */
final class OtlpAttributes {
    private OtlpAttributes() {
    }

    static Map<String, AttributeValue> map(List<KeyValue> kvs) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (KeyValue kv : kvs) {
            out.put(kv.getKey(), value(kv.getValue()));
        }
        return out;
    }

    static AttributeValue value(AnyValue v) {
        return switch (v.getValueCase()) {
            case STRING_VALUE -> new AttributeValue.StringValue(v.getStringValue());
            case BOOL_VALUE -> new AttributeValue.BoolValue(v.getBoolValue());
            case INT_VALUE -> new AttributeValue.LongValue(v.getIntValue());
            case DOUBLE_VALUE -> new AttributeValue.DoubleValue(v.getDoubleValue());
            case BYTES_VALUE -> new AttributeValue.BytesValue(Base64.getEncoder().encodeToString(v.getBytesValue()
                    .toByteArray()));
            case ARRAY_VALUE -> {
                List<AttributeValue> items = new ArrayList<>();
                v.getArrayValue().getValuesList().forEach(x -> items.add(value(x)));
                yield new AttributeValue.ArrayValue(items);
            }
            case KVLIST_VALUE -> new AttributeValue.MapValue(map(v.getKvlistValue().getValuesList()));
            default -> new AttributeValue.EmptyValue();
        };
    }
}
