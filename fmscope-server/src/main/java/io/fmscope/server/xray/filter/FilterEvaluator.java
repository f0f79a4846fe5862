package io.fmscope.server.xray.filter;

import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.Trace;
import io.fmscope.server.xray.XRayTime;
import io.fmscope.server.xray.graph.NodeKey;
import io.fmscope.server.xray.graph.TraceNodes;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates a filter against one trace. Outside {@code service()} the simple keywords look at the trace
 * root only (as in X-Ray: a downstream error handled upstream is not {@code error}); {@code duration} is
 * the whole trace and {@code annotation.KEY} matches any span. Inside {@code service("n") {...}} the body
 * must hold for at least one span of that node (its segments, or the calls an inferred node comes from).
 */
public final class FilterEvaluator {
    private FilterEvaluator() {
    }

    public static boolean matches(Filter f, Trace trace) {
        return eval(f, new Scope(trace, trace.root(), true), new TraceNodes[1]);
    }

    private record Scope(Trace trace, Span span, boolean top) {
    }

    private static boolean eval(Filter f, Scope s, TraceNodes[] nodes) {
        return switch (f) {
            case Filter.All a -> true;
            case Filter.And a -> eval(a.left(), s, nodes) && eval(a.right(), s, nodes);
            case Filter.Or o -> eval(o.left(), s, nodes) || eval(o.right(), s, nodes);
            case Filter.Not n -> !eval(n.inner(), s, nodes);
            case Filter.Compare c -> compare(c, s);
            case Filter.Service svc -> {
                if (nodes[0] == null) {
                    nodes[0] = TraceNodes.of(s.trace());
                }
                for (Map.Entry<NodeKey, List<Span>> e : nodes[0].nodes().entrySet()) {
                    NodeKey k = e.getKey();
                    if (k.isClient() || (svc.name() != null && !svc.name().equals(k.name()))
                            || (svc.type() != null && !svc.type().equals(k.type()))) {
                        continue;
                    }
                    for (Span span : e.getValue()) {
                        if (svc.body() == null || eval(svc.body(), new Scope(s.trace(), span, false), nodes)) {
                            yield true;
                        }
                    }
                }
                yield false;
            }
        };
    }

    private static boolean compare(Filter.Compare c, Scope s) {
        Span span = s.span();
        String kw = c.keyword();
        if (kw.startsWith("annotation.")) {
            String key = kw.substring("annotation.".length());
            List<Span> spans = s.top() ? s.trace().spans() : List.of(span);
            return spans.stream().map(x -> x.annotations().get(key)).filter(Objects::nonNull)
                    .anyMatch(v -> c.op() == null || annotation(v, c.op(), c.value()));
        }
        return switch (kw) {
            case "ok", "error", "throttle", "fault", "partial" -> {
                boolean v = switch (kw) {
                    case "ok" -> span.outcome().isOk();
                    case "error" -> span.outcome().error();
                    case "throttle" -> span.outcome().throttle();
                    case "fault" -> span.outcome().fault();
                    default -> s.top() ? s.trace().inProgress() : span.inProgress();
                };
                yield c.op() == null ? v : c.op().equals("=") == (v == (Boolean) c.value());
            }
            case "responsetime" -> number(XRayTime.durationSeconds(span.durationNanos()), c);
            case "duration" -> number(XRayTime.durationSeconds(s.top() ? s.trace().durationNanos()
                    : span.durationNanos()), c);
            case "http.status" -> span.http().status() != null && number(span.http().status(), c);
            case "http.url" -> string(span.http().url(), c);
            case "http.method" -> string(span.http().method(), c);
            case "http.useragent" -> string(span.http().userAgent(), c);
            case "http.clientip" -> string(span.http().clientIp(), c);
            case "user" -> string(span.attribute("enduser.id"), c);
            case "name" -> string(span.name(), c);
            default -> false;
        };
    }

    private static boolean number(double actual, Filter.Compare c) {
        double want = (Double) c.value();
        return switch (c.op()) {
            case "=" -> actual == want;
            case "!=" -> actual != want;
            case "<" -> actual < want;
            case "<=" -> actual <= want;
            case ">" -> actual > want;
            default -> actual >= want;
        };
    }

    private static boolean string(String actual, Filter.Compare c) {
        if (actual == null) {
            return false;
        }
        String want = (String) c.value();
        return switch (c.op()) {
            case "=" -> actual.equals(want);
            case "!=" -> !actual.equals(want);
            case "CONTAINS" -> actual.contains(want);
            case "BEGINSWITH" -> actual.startsWith(want);
            default -> actual.endsWith(want);
        };
    }

    private static boolean annotation(AttributeValue v, String op, Object want) {
        if (want instanceof Double d) {
            double actual;
            if (v instanceof AttributeValue.LongValue l) {
                actual = l.value();
            } else if (v instanceof AttributeValue.DoubleValue dv) {
                actual = dv.value();
            } else {
                return false;
            }
            return number(actual, new Filter.Compare("", op, d, 0));
        }
        if (want instanceof Boolean b) {
            return v instanceof AttributeValue.BoolValue bv && (op.equals("=") == (bv.value() == b));
        }
        return v instanceof AttributeValue.StringValue sv && string(sv.value(), new Filter.Compare("", op, want, 0));
    }
}
