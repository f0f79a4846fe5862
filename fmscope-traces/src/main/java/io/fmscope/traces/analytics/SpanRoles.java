package io.fmscope.traces.analytics;

import io.fmscope.model.trace.Attributes;
import io.fmscope.model.trace.Namespace;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanKind;
import io.fmscope.traces.SpanAttributes;

/**
 * What a span is for the analytics: a service's entry (segment or root), a call to a downstream node
 * (CLIENT/PRODUCER spans, X-Ray subsegments with namespace aws/remote), or local work; and the name and type
 * of the node a call goes to, derived in the order the OTel → X-Ray exporter names subsegments.
 */
public final class SpanRoles {
    private SpanRoles() {
    }

    public static boolean isEntry(Span s) {
        return s.segment() || s.isRoot() || s.kind() == SpanKind.SERVER || s.kind() == SpanKind.CONSUMER;
    }

    public static boolean isCall(Span s) {
        if (s.segment()) return false;
        return s.kind() == SpanKind.CLIENT || s.kind() == SpanKind.PRODUCER || s.namespace() != Namespace.NONE
                || s.attributes().containsKey(SpanAttributes.PEER_SERVICE);
    }

    /** The downstream node a call span reaches (e.g. "DynamoDB", "Bedrock"). */
    public static String target(Span s) {
        String n = Attributes.firstString(s.attributes(), SpanAttributes.PEER_SERVICE, SpanAttributes.REMOTE_SERVICE);
        if (n != null && !n.isEmpty()) return trimAws(n);
        if (s.namespace() == Namespace.AWS || "aws-api".equals(s.attribute(SpanAttributes.RPC_SYSTEM))) {
            String rpc = s.attribute(SpanAttributes.RPC_SERVICE);
            return rpc != null && !rpc.isEmpty() ? rpc : s.name();
        }
        String other = Attributes.firstString(s.attributes(), SpanAttributes.DB_SYSTEM_NAME, SpanAttributes.DB_SYSTEM,
                SpanAttributes.PROVIDER, SpanAttributes.SYSTEM, SpanAttributes.SERVER_ADDRESS);
        return other != null && !other.isEmpty() ? other : s.name();
    }

    /** X-Ray node type of an inferred node: the declared service type, {@code AWS::name} for AWS calls, else remote. */
    public static String targetType(Span s) {
        String declared = s.attribute(SpanAttributes.SERVICE_TYPE);
        if (declared != null && !declared.isEmpty()) return declared;
        if (s.namespace() == Namespace.AWS || "aws-api".equals(s.attribute(SpanAttributes.RPC_SYSTEM))) {
            return "AWS::" + target(s);
        }
        return "remote";
    }

    /** The component a span's self time is charged to: the called node, the service itself, or service/name. */
    public static String component(Span s, String service) {
        if (isCall(s)) return target(s);
        if (isEntry(s)) return service;
        return service + "/" + s.name();
    }

    private static String trimAws(String n) {
        if (n.startsWith("AWS::")) return n.substring(5);
        if (n.startsWith("AWS.SDK.")) return n.substring(8);
        return n;
    }
}
