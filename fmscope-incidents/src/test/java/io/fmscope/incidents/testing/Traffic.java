package io.fmscope.incidents.testing;

import io.fmscope.model.fmcall.CostMetrics;
import io.fmscope.model.fmcall.ErrorDetails;
import io.fmscope.model.fmcall.ErrorSeverity;
import io.fmscope.model.fmcall.FmCallMetadata;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.LatencyBreakdown;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.model.fmcall.PromptMetrics;
import io.fmscope.model.fmcall.RagRetrievalRecord;
import io.fmscope.model.fmcall.ResilienceDetails;
import io.fmscope.model.fmcall.ResponseMetrics;
import io.fmscope.model.log.LogEvent;
import io.fmscope.sdk.log.FmLogJsonWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seed-shaped MangaAssist traffic for tests, written by the SDK's own JSON writer: FM calls with log-normal
 * latency per component (healthy p99 end to end under 3 s), Sonnet/Haiku token counts and the seed's prices, a
 * response cache, background errors (throttles 0.3%, content filter 1%, timeouts 0.1%), a RAG_RETRIEVAL record
 * per call, and injected {@link Fault}s. Poisson arrivals at {@code ratePerSecond}; deterministic per seed.
 */
public final class Traffic {
    public static final String GROUP = "/mangaassist/fm-calls";
    public static final String STREAM = "orchestrator-1";
    private static final String SONNET = "anthropic.claude-3-sonnet-20240229-v1:0";
    private static final String HAIKU = "anthropic.claude-3-haiku-20240307-v1:0";
    private final long startMillis;
    private final double ratePerSecond;
    private final List<Fault> faults;
    private final SplittableRandom random;
    private long sequence;

    public Traffic(long startMillis, double ratePerSecond, long seed, List<Fault> faults) {
        this.startMillis = startMillis;
        this.ratePerSecond = ratePerSecond;
        this.faults = List.copyOf(faults);
        this.random = new SplittableRandom(seed);
    }

    /** Events of the calls arriving in {@code [fromSecond, toSecond)}, in time order. */
    public List<LogEvent> between(double fromSecond, double toSecond) {
        List<LogEvent> out = new ArrayList<>();
        double t = fromSecond;
        while (true) {
            t += -Math.log(1 - random.nextDouble()) / ratePerSecond;
            if (t >= toSecond) break;
            call(t, out);
        }
        return out;
    }

    private void call(double second, List<LogEvent> out) {
        long at = startMillis + Math.round(second * 1000);
        String requestId = "req-" + (++sequence);
        boolean sonnet = random.nextDouble() < 0.7;
        double[] lat = healthyLatency();
        Fault.Errors error = null;
        boolean cacheDown = false, emptyRag = false;
        double bloat = 1;
        for (Fault f : faults) {
            if (!f.activeAt(second)) continue;
            switch (f) {
                case Fault.Errors e -> { if (random.nextDouble() < e.share()) error = e; }
                case Fault.Latency l -> { if (random.nextDouble() < l.share()) lat[l.component().ordinal()] *= l.factor(); }
                case Fault.PromptBloat p -> bloat = p.factor();
                case Fault.CacheDown c -> cacheDown = true;
                case Fault.EmptyRetrieval r -> emptyRag |= random.nextDouble() < r.share();
            }
        }
        if (error == null) error = background();
        int input = (int) Math.round(logNormal(2400, 0.3) * bloat);
        int output = error == null ? (int) Math.round(logNormal(320, 0.4)) : 0;
        boolean cached = !cacheDown && error == null && random.nextDouble() < 0.15;
        lat[LatencyComponent.TOTAL_E2E.ordinal()] = total(lat);
        FmCallRecord record = new FmCallRecord(
                new FmCallMetadata(requestId, "sess-" + random.nextInt(500), "user-" + random.nextInt(300), 1 + random.nextInt(6),
                        sonnet ? SONNET : HAIKU, sonnet ? "20240229" : "20240307", "ap-northeast-1", Instant.ofEpochMilli(at),
                        traceId(), "manga-assist-orchestrator"),
                error == null ? FmCallStatus.SUCCESS : FmCallStatus.valueOf(error.status()),
                new PromptMetrics("manga-qa-v3", input, 450, input - 450 - 80, 80, input, "0123456789abcdef", true, false,
                        "ja", emptyRag ? 0 : 3, emptyRag ? List.of() : List.of(0.91, 0.87, 0.82), 0, 0, null),
                new ResponseMetrics(output, error == null ? "end_turn" : "error", output * 2, "ja", true, 1, null,
                        error != null && "CONTENT_FILTERED".equals(error.status()), null, null),
                LatencyBreakdown.of(lat), errorDetails(error), cost(sonnet, input, output, cached), Map.of(),
                ResilienceDetails.NONE, List.of());
        out.add(event(at, FmLogJsonWriter.toJson(record)));
        double ragMs = lat[LatencyComponent.OPENSEARCH_QUERY.ordinal()];
        RagRetrievalRecord rag = new RagRetrievalRecord(requestId, record.metadata().sessionId(), "fedcba9876543210",
                "manga-catalog-v2", 1536, 5, emptyRag ? 0 : 3, emptyRag ? List.of() : List.of(0.91, 0.87, 0.82),
                emptyRag ? 0 : 0.8667, emptyRag ? 0 : 0.82, emptyRag ? 0 : 0.91, ragMs, null, Instant.ofEpochMilli(at - 5),
                record.traceId(), null, List.of());
        out.add(event(at - 5, FmLogJsonWriter.toJson(rag)));
    }

    private Fault.Errors background() {
        double u = random.nextDouble();
        if (u < 0.003) return Fault.throttling(0, 0, 1);
        if (u < 0.013) return new Fault.Errors(0, 0, 1, "CONTENT_FILTERED", "ValidationException", "ValidationException",
                "Input blocked by content filter: guardrail intervened", "bedrock", "CONTENT_FILTER");
        if (u < 0.014) return new Fault.Errors(0, 0, 1, "TIMEOUT", "ReadTimeoutError",
                "ReadTimeoutError", "Read timeout on endpoint URL: \"https://bedrock-runtime.ap-northeast-1.amazonaws.com/\"",
                "bedrock", "MODEL_TIMEOUT");
        return null;
    }

    private double[] healthyLatency() {
        double[] l = new double[LatencyComponent.values().length];
        l[LatencyComponent.API_GATEWAY.ordinal()] = logNormal(30, 0.3);
        l[LatencyComponent.ORCHESTRATOR_PROCESSING.ordinal()] = logNormal(40, 0.3);
        l[LatencyComponent.OPENSEARCH_QUERY.ordinal()] = logNormal(150, 0.35);
        l[LatencyComponent.RAG_RETRIEVAL.ordinal()] = l[LatencyComponent.OPENSEARCH_QUERY.ordinal()] + logNormal(10, 0.3);
        l[LatencyComponent.DYNAMODB_SESSION_LOOKUP.ordinal()] = logNormal(6, 0.4);
        l[LatencyComponent.REDIS_CACHE_CHECK.ordinal()] = logNormal(1.2, 0.4);
        l[LatencyComponent.BEDROCK_INVOKE.ordinal()] = logNormal(1100, 0.35);
        l[LatencyComponent.BEDROCK_FIRST_TOKEN.ordinal()] = logNormal(300, 0.3);
        l[LatencyComponent.RESPONSE_PARSING.ordinal()] = logNormal(5, 0.3);
        l[LatencyComponent.WEBSOCKET_DELIVERY.ordinal()] = logNormal(15, 0.3);
        return l;
    }

    private static double total(double[] l) {
        double sum = 0;
        for (LatencyComponent c : LatencyComponent.values()) {
            if (c == LatencyComponent.TOTAL_E2E || c == LatencyComponent.RAG_RETRIEVAL
                    || c == LatencyComponent.BEDROCK_FIRST_TOKEN) continue; // parts of other components
            sum += l[c.ordinal()];
        }
        return sum;
    }

    private static ErrorDetails errorDetails(Fault.Errors e) {
        if (e == null) return null;
        return new ErrorDetails(e.type(), e.code(), e.message(), ErrorSeverity.HIGH, 0, true, e.category(), "", e.service());
    }

    private static CostMetrics cost(boolean sonnet, int input, int output, boolean cached) {
        double in = input / 1e6 * (sonnet ? 3.0 : 0.25);
        double out = output / 1e6 * (sonnet ? 15.0 : 1.25);
        double total = in + out;
        return new CostMetrics(in, out, cached ? total * 0.1 : total, sonnet ? "anthropic.claude-3-sonnet"
                : "anthropic.claude-3-haiku", cached, cached ? total * 0.9 : 0, 0, 0, 0, false);
    }

    private double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    private double gaussian() {
        double u = 1 - random.nextDouble(), v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private String traceId() {
        String hex = Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
        return hex; // 32 hex digits (the top bit set keeps each half 16 digits long)
    }

    private LogEvent event(long at, String json) {
        return LogEvent.of(at, json, STREAM, GROUP, Long.toString(at) + "-" + sequence + "-" + json.length());
    }
}
