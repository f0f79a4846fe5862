package io.fmscope.query.exec;

import static io.fmscope.query.exec.Events.column;
import static io.fmscope.query.exec.Events.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * anomaly over two hours of generated events with one planted anomaly of each kind. The expected p-values are
 * recomputed here from the generated times and values (bins, parts and binomial tails by direct summation).
 */
class AnomalyExecutionTest {
    private static final long T = Instant.parse("2024-05-01T09:00:00Z").toEpochMilli();
    private static final long MIN = 60_000L;

    private final List<LogEvent> events = new ArrayList<>();
    private final List<Long> redis = new ArrayList<>();
    private final List<Long> corrupt = new ArrayList<>();

    AnomalyExecutionTest() {
        for (int m = 0; m < 120; m++) {
            at(T + m * MIN, "INFO heartbeat ok seq " + (5000 + m));
            boolean late = m >= 90;
            int status = late && m % 3 == 0 ? 503 : 200;
            int latency = (late ? 900 : 100) + (m * 37) % 50;
            at(T + m * MIN + 20_000, "GET /api/recommend status=" + status + " latency=" + latency + "ms");
        }
        for (int m = 5; m < 120; m += 10) redis.add(at(T + m * MIN + 40_000, "ERROR redis connection refused by 10.0.3.17"));
        for (int i = 0; i < 10; i++) redis.add(at(T + 31 * MIN + i * 45_000, "ERROR redis connection refused by 10.0.3.17"));
        for (int i = 0; i < 5; i++) corrupt.add(at(T + 112 * MIN + i * 60_000, "ERROR index corrupted at offset " + (700 + i)));
    }

    private long at(long t, String message) {
        events.add(LogEvent.of(t, message, "s", "g", "e" + events.size()));
        return t;
    }

    /** The times of the events whose message contains {@code text}: the lines pattern mines after the filter. */
    private long[] times(String text) {
        return events.stream().filter(e -> e.message().contains(text)).mapToLong(LogEvent::timestamp).sorted().toArray();
    }

    /** P(X ≥ k) or P(X ≤ k) for X ~ Binomial(n, p), by summing the probability mass function. */
    private static double tail(int k, int n, double p, boolean upper) {
        double sum = 0;
        for (int j = upper ? k : 0; j <= (upper ? n : k); j++) {
            double ln = 0;
            for (int i = 1; i <= j; i++) ln += Math.log(n - j + i) - Math.log(i);
            sum += Math.exp(ln + j * Math.log(p) + (n - j) * Math.log1p(-p));
        }
        return Math.min(1, sum);
    }

    private static double score(double p) {
        return Math.round(Math.min(1, -Math.log10(Math.max(p, 1e-300)) / 10) * 1000) / 1000.0;
    }

    private static double scoreOf(QueryResult r, String type) {
        List<String> types = column(r, "@anomalyType");
        assertThat(types).contains(type);
        return Double.parseDouble(column(r, "@anomalyScore").get(types.indexOf(type)));
    }

    @Test
    void aBurstIsAFrequencyAnomaly() {
        long[] all = times("redis");
        long start = all[0];
        long length = all[all.length - 1] - start + 1;
        long[] bounds = new long[13];
        for (int i = 0; i <= 12; i++) bounds[i] = start + length * i / 12;
        int[] counts = new int[12];
        for (long t : redis) for (int i = 0; i < 12; i++) if (t >= bounds[i] && t < bounds[i + 1]) counts[i]++;
        double best = 1;
        int at = 0;
        for (int i = 0; i < 12; i++) {
            double share = (bounds[i + 1] - bounds[i]) / (double) length;
            double expected = redis.size() * share;
            double p = counts[i] > expected ? tail(counts[i], redis.size(), share, true)
                    : counts[i] < expected ? tail(counts[i], redis.size(), share, false) : 1;
            if (p < best) {
                best = p;
                at = i;
            }
        }
        var r = run("filter @message like /redis/ | pattern @message | anomaly", events);
        assertThat(column(r, "@pattern")).containsOnly("ERROR redis connection refused by <IPAddress-1>");
        assertThat(scoreOf(r, "PatternFrequency")).isEqualTo(score(Math.min(1, best * 24)));
        assertThat(column(r, "@description").get(0)).startsWith(counts[at] + " events from "
                + Instant.ofEpochMilli(bounds[at]) + " to " + Instant.ofEpochMilli(bounds[at + 1]));
        assertThat(column(r, "@sampleCount")).as("the pattern's fields stay").containsOnly(String.valueOf(redis.size()));
    }

    @Test
    void lateFirstAppearanceIsANewPattern() {
        long[] all = times("");
        long recentStart = all[0] + (all[all.length - 1] - all[0] + 1) * 3 / 4;
        double q = Arrays.stream(all).filter(t -> t >= recentStart).count() / (double) all.length;
        var r = run("pattern @message | anomaly | filter @anomalyType = 'NewPattern'", events);
        assertThat(column(r, "@pattern")).containsExactly("ERROR index corrupted at offset <Number-1>");
        assertThat(scoreOf(r, "NewPattern")).isEqualTo(score(Math.pow(q, corrupt.size())));
    }

    @Test
    void errorCodesSlowerRequestsAndNewValuesInTheLastQuarter() {
        long[] all = times("GET");
        long recentStart = all[0] + (all[all.length - 1] - all[0] + 1) * 3 / 4;
        int baseline = 0;
        int recent = 0;
        int recentErrors = 0;
        for (int m = 0; m < 120; m++) {
            long t = T + m * MIN + 20_000;
            boolean error = m >= 90 && m % 3 == 0;
            if (t >= recentStart) {
                recent++;
                if (error) recentErrors++;
            } else {
                baseline++;
            }
        }
        var r = run("filter @message like /GET/ | pattern @message | anomaly", events);
        assertThat(column(r, "@pattern")).containsOnly("GET <Path-1> status=<Number-2> latency=<Number-3>");
        assertThat(column(r, "@anomalyType")).containsExactlyInAnyOrder("HttpErrorCode", "NumericToken", "TokenVariation");
        double http = tail(recentErrors, recent, 1.0 / (baseline + 2), true); // no error before: share 1 / (n + 2)
        assertThat(scoreOf(r, "HttpErrorCode")).as("status is the only status-code variable").isEqualTo(score(http));
        assertThat(scoreOf(r, "NumericToken")).isEqualTo(1.0);
        double variation = tail(recentErrors, recent, 1.0 / (baseline + 1), true) * 3; // Good-Turing, 3 variables
        assertThat(scoreOf(r, "TokenVariation")).isEqualTo(score(Math.min(1, variation)));
        List<String> scores = column(r, "@anomalyScore");
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(Double.parseDouble(b), Double.parseDouble(a)));
        String numeric = column(r, "@description").get(column(r, "@anomalyType").indexOf("NumericToken"));
        assertThat(numeric).startsWith("Number-3 median ").contains("in the last quarter vs")
                .contains("(" + recent + " and " + baseline + " values)");
    }

    @Test
    void steadyPatternsHaveNoAnomalyAndACounterIsNotANumericAnomaly() {
        var r = run("filter @message like /heartbeat/ | pattern @message | anomaly", events);
        assertThat(r.rows()).isEmpty();
        assertThat(r.columns()).containsExactly("@pattern", "@ratio", "@sampleCount", "@severityLabel", "@anomalyType",
                "@anomalyScore", "@description");
    }
}
