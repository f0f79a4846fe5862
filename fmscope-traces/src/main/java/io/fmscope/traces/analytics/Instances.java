package io.fmscope.traces.analytics;

import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Attributes;
import io.fmscope.model.trace.Span;
import io.fmscope.traces.SpanAttributes;

/** Which instance served an entry span: OTel resource attributes, else X-Ray's aws.ec2/ecs/eks blocks; "" if unknown. */
final class Instances {
    private static final String[][] XRAY = {{"ec2", "instance_id"}, {"ecs", "container_id"}, {"ecs", "container"},
        {"eks", "pod"}};

    private Instances() {
    }

    static String of(Span s) {
        for (String k : SpanAttributes.INSTANCE_KEYS) {
            String v = Attributes.firstString(s.resource(), k);
            if (v == null) v = Attributes.string(s.attributes(), k);
            if (v != null && !v.isEmpty()) return v;
        }
        for (String[] path : XRAY) {
            if (s.aws().other().get(path[0]) instanceof AttributeValue.MapValue m
                    && m.values().get(path[1]) instanceof AttributeValue.StringValue v && !v.value().isEmpty()) {
                return v.value();
            }
        }
        return "";
    }

    static boolean declaredCold(Span s) {
        AttributeValue v = s.attributes().get(SpanAttributes.FAAS_COLDSTART);
        if (v == null) v = s.resource().get(SpanAttributes.FAAS_COLDSTART);
        return v instanceof AttributeValue.BoolValue b ? b.value()
                : v instanceof AttributeValue.StringValue t && t.value().equalsIgnoreCase("true");
    }
}
