package io.fmscope.server.traces;

import io.fmscope.storage.trace.TraceReader;
import io.fmscope.traces.analytics.TraceAnalytics;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The trace analytics HTTP API: {@code GET /api/traces/{map,hotspots,throttles,retries,coldstarts}} with
 * duration query parameters ({@code since}, {@code baseline}, {@code slow}, {@code bin}, {@code quiet}).
 * Handlers only decode parameters, call {@link TraceAnalytics}, and encode JSON; a bad parameter is a 400
 * with {@code {"message": ...}}.
 */
public final class TraceAnalyticsRoutes {
    /** Traces read per window at most. */
    public static final int MAX_TRACES = 100_000;
    private final TraceAnalytics analytics;

    public TraceAnalyticsRoutes(TraceReader reader, Clock clock) {
        this.analytics = new TraceAnalytics(reader, clock, MAX_TRACES);
    }

    /** GET routes by path. */
    public Map<String, Handler> routes() {
        Map<String, Handler> r = new LinkedHashMap<>();
        r.put("/api/traces/map", handler(q -> analytics.serviceMap(q.since())));
        r.put("/api/traces/hotspots", handler(q -> analytics.hotspots(q.since(), q.duration("baseline", "1h"), q.duration("slow", "3s"))));
        r.put("/api/traces/throttles", handler(q -> analytics.throttles(q.since(), q.duration("bin", "1m"))));
        r.put("/api/traces/retries", handler(q -> analytics.retries(q.since(), q.duration("bin", "1m"))));
        r.put("/api/traces/coldstarts", handler(q -> analytics.coldStarts(q.since(), q.duration("quiet", "5m"))));
        return r;
    }

    /** Query parameters of one request. */
    record Query(Context ctx) {
        Duration since() {
            return duration("since", "15m");
        }

        Duration duration(String name, String fallback) {
            String v = ctx.queryParam(name);
            return DurationParam.parse(name, v == null || v.isBlank() ? fallback : v);
        }
    }

    private static Handler handler(Function<Query, Object> call) {
        return ctx -> {
            Object body;
            try {
                body = call.apply(new Query(ctx));
            } catch (IllegalArgumentException e) {
                ctx.status(400).contentType("application/json")
                        .result(AnalyticsJson.MAPPER.writeValueAsBytes(Map.of("message", e.getMessage())));
                return;
            }
            ctx.contentType("application/json").result(AnalyticsJson.MAPPER.writeValueAsBytes(body));
        };
    }
}
