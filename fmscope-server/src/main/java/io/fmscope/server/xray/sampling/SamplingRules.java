package io.fmscope.server.xray.sampling;

import io.fmscope.server.xray.XRayException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * fmscope's own sampling rules, served to X-Ray SDKs (daemon TCP side and REST API) and edited through the
 * Create/Update/DeleteSamplingRule operations. Loaded from a rules file at start; API edits live in memory
 * until restart. Thread-safe (all methods synchronized: rule edits are rare).
 */
public final class SamplingRules {
    /** X-Ray's limit on rules besides Default. */
    public static final int MAX_RULES = 25;

    private final Map<String, SamplingRecord> rules = new LinkedHashMap<>();
    private final String arnPrefix;
    private final Clock clock;
    private double lastModification;

    public SamplingRules(List<SamplingRule> initial, String region, String account, Clock clock) {
        this.arnPrefix = "arn:aws:xray:" + region + ":" + account + ":sampling-rule/";
        this.clock = clock;
        double now = now();
        for (SamplingRule r : initial) {
            RuleValidation.check(r, true);
            rules.put(r.ruleName(), new SamplingRecord(r.withArn(arnPrefix + r.ruleName()), now, now));
        }
        if (!rules.containsKey(SamplingRule.DEFAULT)) {
            throw new IllegalArgumentException("the rules must include a rule named Default");
        }
        lastModification = now;
    }

    /** Rules in evaluation order: ascending priority, then name. */
    public synchronized List<SamplingRecord> list() {
        List<SamplingRecord> out = new ArrayList<>(rules.values());
        out.sort(Comparator.comparing((SamplingRecord r) -> r.rule().priority())
                .thenComparing(r -> r.rule().ruleName()));
        return out;
    }

    public synchronized Optional<SamplingRecord> find(String nameOrArn) {
        return Optional.ofNullable(rules.get(nameOf(nameOrArn)));
    }

    /** The rule an SDK would apply to a request with these properties (first match in order). */
    public SamplingRule match(String service, String type, String host, String method, String path) {
        return list().stream().map(SamplingRecord::rule).filter(r -> r.matches(service, type, host, method, path))
                .findFirst().orElseThrow();
    }

    public synchronized SamplingRecord create(SamplingRule r) {
        RuleValidation.check(r, true);
        if (rules.containsKey(r.ruleName())) {
            throw XRayException.invalidRequest("A sampling rule named " + r.ruleName() + " already exists");
        }
        if (rules.size() - 1 >= MAX_RULES) {
            throw XRayException.ruleLimit("You have reached the maximum number of sampling rules (" + MAX_RULES + ")");
        }
        double now = now();
        SamplingRecord rec = new SamplingRecord(r.withArn(arnPrefix + r.ruleName()), now, now);
        rules.put(r.ruleName(), rec);
        lastModification = now;
        return rec;
    }

    /** Replaces the members {@code update} sets; the rule is named by RuleName or RuleARN. */
    public synchronized SamplingRecord update(SamplingRule update) {
        SamplingRecord old = existing(update.ruleName() != null ? update.ruleName() : update.ruleArn());
        SamplingRule o = old.rule();
        SamplingRule merged = new SamplingRule(o.ruleName(), o.ruleArn(), or(update.resourceArn(), o.resourceArn()),
                or(update.priority(), o.priority()), or(update.fixedRate(), o.fixedRate()),
                or(update.reservoirSize(), o.reservoirSize()), or(update.serviceName(), o.serviceName()),
                or(update.serviceType(), o.serviceType()), or(update.host(), o.host()),
                or(update.httpMethod(), o.httpMethod()), or(update.urlPath(), o.urlPath()), o.version(),
                or(update.attributes(), o.attributes()));
        RuleValidation.check(merged, false);
        double now = now();
        SamplingRecord rec = new SamplingRecord(merged, old.createdAt(), now);
        rules.put(o.ruleName(), rec);
        lastModification = now;
        return rec;
    }

    public synchronized SamplingRecord delete(String nameOrArn) {
        SamplingRecord old = existing(nameOrArn);
        if (old.rule().ruleName().equals(SamplingRule.DEFAULT)) {
            throw XRayException.invalidRequest("The Default rule cannot be deleted");
        }
        rules.remove(old.rule().ruleName());
        lastModification = now();
        return old;
    }

    public synchronized double lastModification() {
        return lastModification;
    }

    private SamplingRecord existing(String nameOrArn) {
        if (nameOrArn == null || nameOrArn.isBlank()) {
            throw XRayException.invalidRequest("RuleName or RuleARN is required");
        }
        SamplingRecord r = rules.get(nameOf(nameOrArn));
        if (r == null) {
            throw XRayException.invalidRequest("Sampling rule " + nameOrArn + " does not exist");
        }
        return r;
    }

    private String nameOf(String nameOrArn) {
        return nameOrArn != null && nameOrArn.startsWith(arnPrefix) ? nameOrArn.substring(arnPrefix.length())
                : nameOrArn;
    }

    private double now() {
        return clock.millis() / 1000d;
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }
}
