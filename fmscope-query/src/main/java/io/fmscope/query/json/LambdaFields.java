package io.fmscope.query.json;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.NumberText;
import io.fmscope.query.value.Value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields CloudWatch discovers in AWS Lambda platform lines (reference section 4): {@code @type} (START, END,
 * REPORT), {@code @requestId}, and from REPORT lines {@code @duration}, {@code @billedDuration},
 * {@code @initDuration} (ms), {@code @memorySize}, {@code @maxMemoryUsed} (bytes, 1 MB = 1,000,000 as AWS's own
 * queries divide by 1000 twice), {@code @xrayTraceId}, {@code @xraySegmentId}. Any other message has none of them.
 */
public final class LambdaFields {
    public static final List<String> NAMES = List.of("@type", "@requestId", "@duration", "@billedDuration",
            "@initDuration", "@memorySize", "@maxMemoryUsed", "@xrayTraceId", "@xraySegmentId");
    private static final Map<String, String> REPORT_KEYS = Map.of(
            "Duration", "@duration", "Billed Duration", "@billedDuration", "Init Duration", "@initDuration",
            "Memory Size", "@memorySize", "Max Memory Used", "@maxMemoryUsed", "XRAY TraceId", "@xrayTraceId",
            "SegmentId", "@xraySegmentId");

    private LambdaFields() {
    }

    public static boolean isLambdaField(String name) {
        return name.startsWith("@") && NAMES.contains(name);
    }

    /** Whether {@code message} is a Lambda START, END or REPORT line (cheap prefix test). */
    public static boolean isPlatformLine(String message) {
        return message.startsWith("REPORT RequestId: ") || message.startsWith("START RequestId: ")
                || message.startsWith("END RequestId: ");
    }

    /** The Lambda fields of {@code message}, in line order; empty when it is not a platform line. */
    public static Map<String, Value> parse(String message) {
        Map<String, Value> out = new LinkedHashMap<>();
        if (!isPlatformLine(message)) {
            return out;
        }
        int space = message.indexOf(' ');
        out.put("@type", Value.of(message.substring(0, space)));
        int idStart = space + " RequestId: ".length();
        int idEnd = idStart;
        while (idEnd < message.length() && !Character.isWhitespace(message.charAt(idEnd))) {
            idEnd++;
        }
        out.put("@requestId", Value.of(message.substring(idStart, idEnd)));
        for (String part : message.substring(idEnd).split("[\t\n]")) {
            int colon = part.indexOf(':');
            String name = colon < 0 ? null : REPORT_KEYS.get(part.substring(0, colon).strip());
            if (name != null) {
                out.putIfAbsent(name, value(name, part.substring(colon + 1).strip()));
            }
        }
        return out;
    }

    private static Value value(String name, String text) {
        if (name.startsWith("@xray")) {
            return Value.of(text);
        }
        int unit = text.indexOf(' ');
        Value n = NumberText.parse(unit < 0 ? text : text.substring(0, unit));
        if (n.isNull() || !(name.equals("@memorySize") || name.equals("@maxMemoryUsed"))) {
            return n;
        }
        return n instanceof LongValue l ? Value.of(l.value() * 1_000_000L) : Value.of(Coercion.toDouble(n) * 1e6);
    }
}
