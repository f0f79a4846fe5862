package io.fmscope.traces.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/** Applies the rules to one trace's facts; thread-safe (reservoirs lock, counters are adders). */
final class Decider {
    private final SamplingRules rules;
    private final Reservoir[] reservoirs;
    private final LongAdder[][] counters;
    private final LongAdder unmatched = new LongAdder();

    Decider(SamplingRules rules) {
        this.rules = rules;
        int n = rules.rules().size();
        reservoirs = new Reservoir[n];
        counters = new LongAdder[n][4];
        for (int i = 0; i < n; i++) {
            reservoirs[i] = new Reservoir(rules.rules().get(i).reservoirPerSecond());
            for (int j = 0; j < 4; j++) counters[i][j] = new LongAdder();
        }
    }

    Decision decide(TraceFacts facts, long nowMillis, Decision.Trigger why) {
        int i = rules.firstMatch(facts);
        if (i < 0) {
            unmatched.increment();
            return new Decision(facts.traceId(), false, null, Decision.By.NO_RULE, why);
        }
        SamplingRule rule = rules.rules().get(i);
        counters[i][0].increment();
        Decision.By by;
        if (ConsistentHash.keep(facts.traceId(), rule.fixedRate())) {
            by = Decision.By.FIXED_RATE;
        } else if (reservoirs[i].take(nowMillis)) {
            by = Decision.By.RESERVOIR;
        } else {
            by = Decision.By.NOT_SAMPLED;
        }
        counters[i][by == Decision.By.RESERVOIR ? 1 : by == Decision.By.FIXED_RATE ? 2 : 3].increment();
        return new Decision(facts.traceId(), by != Decision.By.NOT_SAMPLED, rule.name(), by, why);
    }

    List<RuleStats> stats() {
        List<RuleStats> out = new ArrayList<>();
        for (int i = 0; i < reservoirs.length; i++) {
            out.add(new RuleStats(rules.rules().get(i).name(), counters[i][0].sum(), counters[i][1].sum(),
                    counters[i][2].sum(), counters[i][3].sum()));
        }
        return out;
    }

    long unmatched() {
        return unmatched.sum();
    }
}
