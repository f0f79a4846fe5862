package io.fmscope.server.xray.sampling;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GetSamplingTargets: each client reports per-rule counts every 10 s and gets back its share of the rule's
 * reservoir. A rule's {@code ReservoirSize} (traces per second for all clients together) is split evenly
 * among the clients that reported for it in the last minute, the remainder going to the lowest client ids.
 */
public final class SamplingTargets {
    public static final int INTERVAL_SECONDS = 10;
    static final long QUOTA_TTL_SECONDS = 300;
    private static final long ACTIVE_MILLIS = 60_000;

    /** One client's report for one rule. */
    public record Statistics(@JsonProperty("RuleName") String ruleName, @JsonProperty("ClientID") String clientId,
                             @JsonProperty("Timestamp") Double timestamp, @JsonProperty("RequestCount") Long requests,
                             @JsonProperty("SampledCount") Long sampled, @JsonProperty("BorrowCount") Long borrowed) {
    }

    public record Target(@JsonProperty("RuleName") String ruleName, @JsonProperty("FixedRate") double fixedRate,
                         @JsonProperty("ReservoirQuota") int reservoirQuota,
                         @JsonProperty("ReservoirQuotaTTL") double reservoirQuotaTtl,
                         @JsonProperty("Interval") int interval) {
    }

    public record Unprocessed(@JsonProperty("RuleName") String ruleName, @JsonProperty("ErrorCode") String errorCode,
                              @JsonProperty("Message") String message) {
    }

    public record Result(@JsonProperty("SamplingTargetDocuments") List<Target> targets,
                         @JsonProperty("LastRuleModification") double lastRuleModification,
                         @JsonProperty("UnprocessedStatistics") List<Unprocessed> unprocessed) {
    }

    /** Running totals per rule, for the docs and tests: requests seen, sampled, borrowed. */
    public record Totals(long requests, long sampled, long borrowed) {
    }

    private final SamplingRules rules;
    private final Clock clock;
    private final Map<String, Map<String, Long>> lastSeen = new ConcurrentHashMap<>();
    private final Map<String, Totals> totals = new ConcurrentHashMap<>();

    public SamplingTargets(SamplingRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public Result targets(List<Statistics> reports) {
        long now = clock.millis();
        List<Target> out = new ArrayList<>();
        List<Unprocessed> bad = new ArrayList<>();
        for (Statistics s : reports == null ? List.<Statistics>of() : reports) {
            var rule = s.ruleName() == null ? null : rules.find(s.ruleName()).orElse(null);
            if (rule == null || s.clientId() == null) {
                bad.add(new Unprocessed(s.ruleName(), "400", rule == null ? "Unknown rule" : "ClientID is required"));
                continue;
            }
            String name = rule.rule().ruleName();
            Map<String, Long> clients = lastSeen.computeIfAbsent(name, k -> new ConcurrentHashMap<>());
            clients.put(s.clientId(), now);
            clients.values().removeIf(t -> now - t > ACTIVE_MILLIS);
            totals.merge(name, new Totals(n(s.requests()), n(s.sampled()), n(s.borrowed())),
                    (a, b) -> new Totals(a.requests() + b.requests(), a.sampled() + b.sampled(),
                            a.borrowed() + b.borrowed()));
            List<String> active = new ArrayList<>(new TreeMap<>(clients).keySet());
            int size = rule.rule().reservoirSize();
            int share = size / active.size();
            int quota = share + (active.indexOf(s.clientId()) < size % active.size() ? 1 : 0);
            out.add(new Target(name, rule.rule().fixedRate(), quota, now / 1000d + QUOTA_TTL_SECONDS,
                    INTERVAL_SECONDS));
        }
        return new Result(out, rules.lastModification(), bad);
    }

    public Map<String, Totals> totals() {
        return Map.copyOf(totals);
    }

    private static long n(Long v) {
        return v == null ? 0 : v;
    }
}
