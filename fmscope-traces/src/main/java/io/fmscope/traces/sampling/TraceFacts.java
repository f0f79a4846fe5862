package io.fmscope.traces.sampling;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanStatus;
import io.fmscope.model.trace.TraceId;
import java.util.List;

/**
 * What the rules look at, computed once per decision from the spans buffered for a trace. The duration is
 * the root span's when the root has ended (the request's response time), else the extent of the spans seen
 * (latest end minus earliest start, as the Collector's {@code latency} policy).
 */
public record TraceFacts(TraceId traceId, String rootService, String rootName, String httpMethod, String urlPath,
                         long durationNanos, boolean error, boolean throttle, boolean fault, boolean statusError,
                         List<Span> spans) {

    public static TraceFacts of(TraceId id, List<Span> spans) {
        Span root = null;
        long minStart = Long.MAX_VALUE;
        long maxEnd = Long.MIN_VALUE;
        boolean error = false, throttle = false, fault = false, statusError = false;
        for (Span s : spans) {
            if (s.isRoot() && (root == null || s.startNanos() < root.startNanos())) root = s;
            minStart = Math.min(minStart, s.startNanos());
            if (!s.inProgress()) maxEnd = Math.max(maxEnd, s.endNanos());
            error |= s.outcome().error();
            throttle |= s.outcome().throttle();
            fault |= s.outcome().fault();
            statusError |= s.status().code() == SpanStatus.Code.ERROR;
        }
        long duration = root != null && !root.inProgress() ? root.durationNanos()
                : maxEnd == Long.MIN_VALUE ? 0 : Math.max(0, maxEnd - minStart);
        Span head = root != null ? root : spans.getFirst();
        return new TraceFacts(id, head.service(), head.name(), head.http().method(), path(head.http().url()),
                duration, error, throttle, fault, statusError, spans);
    }

    public boolean has(OutcomeFlag f) {
        return switch (f) {
            case ERROR -> error;
            case THROTTLE -> throttle;
            case FAULT -> fault;
            case STATUS_ERROR -> statusError;
        };
    }

    public boolean hasIssue() {
        return error || throttle || fault || statusError;
    }

    /** The path of a URL (X-Ray's URLPath matches the path only); the text itself when it is not a URL. */
    static String path(String url) {
        if (url == null) return null;
        int scheme = url.indexOf("://");
        String rest = scheme < 0 ? url : url.substring(scheme + 3);
        int slash = scheme < 0 ? 0 : rest.indexOf('/');
        String p = slash < 0 ? "/" : rest.substring(slash);
        int q = p.indexOf('?');
        return q < 0 ? p : p.substring(0, q);
    }
}
