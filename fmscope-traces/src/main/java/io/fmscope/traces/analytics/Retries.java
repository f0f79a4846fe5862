package io.fmscope.traces.analytics;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanStatus;
import io.fmscope.model.trace.Trace;
import io.fmscope.traces.SpanAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the retries in one trace, per target node. A call span is one retry when it says so
 * ({@code http.request.resend_count} &gt; 0, {@code fmscope.retry.attempt} &gt; 0) or when an earlier sibling
 * call with the same name and target failed; X-Ray's {@code aws.retries} (retries inside one SDK call) adds
 * its count.
 */
public final class Retries {
    private Retries() {
    }

    public static Map<String, Integer> byTarget(Trace t) {
        Map<String, Integer> out = new HashMap<>();
        List<Span> spans = t.spans();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (!SpanRoles.isCall(s)) continue;
            String target = SpanRoles.target(s);
            int n = s.aws().retries() == null ? 0 : Math.max(0, s.aws().retries());
            if (SpanAttributes.integer(s, SpanAttributes.RESEND_COUNT) > 0
                    || SpanAttributes.integer(s, SpanAttributes.RETRY_ATTEMPT) > 0
                    || failedEarlierSibling(spans, i, target)) n++;
            if (n > 0) out.merge(target, n, Integer::sum);
        }
        return out;
    }

    private static boolean failedEarlierSibling(List<Span> spans, int at, String target) {
        Span s = spans.get(at);
        for (int j = 0; j < at; j++) {
            Span o = spans.get(j);
            if (o.inProgress() || o.endNanos() > s.startNanos()) continue;
            if (java.util.Objects.equals(o.parentId(), s.parentId()) && o.name().equals(s.name())
                    && (!o.outcome().isOk() || o.status().code() == SpanStatus.Code.ERROR)
                    && SpanRoles.isCall(o) && SpanRoles.target(o).equals(target)) return true;
        }
        return false;
    }
}
