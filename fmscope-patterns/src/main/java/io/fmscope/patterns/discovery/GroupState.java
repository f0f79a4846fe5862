package io.fmscope.patterns.discovery;

import io.fmscope.patterns.Assignment;
import io.fmscope.patterns.MinerSnapshot;
import io.fmscope.patterns.Template;
import io.fmscope.patterns.TemplateMiner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One log group: its template miner and the statistics of each live template. Statistics follow the
 * miner: when templates merge their statistics merge, when one is evicted at the cap its statistics go.
 * Synchronized, because the miner is single-threaded and errors arrive from request threads.
 */
final class GroupState {
    /** Statistics of evicted templates are pruned once this many more than the live templates are held. */
    private static final int PRUNE_SLACK = 64;
    private final String logGroup;
    private final DiscoveryConfig config;
    private final TemplateMiner miner;
    private final Map<Long, TemplateStats> stats = new HashMap<>();
    private long events;

    GroupState(String logGroup, DiscoveryConfig config, TemplateMiner miner) {
        this.logGroup = logGroup;
        this.config = config;
        this.miner = miner;
    }

    synchronized Observation observe(ErrorEvent e, long atMillis, String catalogId, String code, String service) {
        events++;
        Assignment a = miner.add(e.message());
        if (a.change() == Assignment.Change.GENERALISED) foldMerged();
        TemplateStats s = stats.computeIfAbsent(a.templateId(), k -> new TemplateStats(config));
        s.add(e, atMillis, catalogId, code, service);
        if (a.change() == Assignment.Change.CREATED && stats.size() > miner.templateCount() + PRUNE_SLACK) prune();
        PatternStatus status = s.catalogMatches.isEmpty() ? PatternStatus.NEW : PatternStatus.KNOWN;
        return new Observation(logGroup, a.templateId(), status, catalogId, a.change() == Assignment.Change.CREATED);
    }

    /** Statistics kept under an id the miner has since merged move to the id it merged into. */
    private void foldMerged() {
        List<Long> moved = new ArrayList<>();
        for (Long id : stats.keySet()) if (miner.resolve(id) != id) moved.add(id);
        for (Long id : moved) {
            TemplateStats s = stats.remove(id);
            stats.computeIfAbsent(miner.resolve(id), k -> new TemplateStats(config)).absorb(s);
        }
    }

    private void prune() {
        Set<Long> live = new HashSet<>();
        for (Template t : miner.templates()) live.add(t.id());
        stats.keySet().retainAll(live);
    }

    /** Live templates with their statistics, as a consistent copy. */
    synchronized List<Entry> entries() {
        foldMerged();
        List<Entry> out = new ArrayList<>();
        for (Template t : miner.templates()) {
            TemplateStats s = stats.get(t.id());
            if (s != null) out.add(new Entry(t, s.stored(t.id()), s.dominantCatalogId()));
        }
        return out;
    }

    synchronized long resolve(long templateId) {
        return miner.resolve(templateId);
    }

    synchronized long events() {
        return events;
    }

    synchronized long overflow() {
        return miner.overflowCount();
    }

    synchronized DiscoveryState snapshot() {
        foldMerged();
        prune();
        List<TemplateStats.Stored> stored = new ArrayList<>(stats.size());
        stats.forEach((id, s) -> stored.add(s.stored(id)));
        stored.sort((a, b) -> Long.compare(a.templateId(), b.templateId()));
        return new DiscoveryState(DiscoveryState.CURRENT, logGroup, events, miner.snapshot(), stored);
    }

    static GroupState restore(DiscoveryConfig config, DiscoveryState s) {
        GroupState g = new GroupState(s.logGroup(), config, TemplateMiner.restore(config.miner(), s.miner()));
        g.events = s.events();
        for (TemplateStats.Stored t : s.templates()) g.stats.put(t.templateId(), TemplateStats.restore(config, t));
        return g;
    }

    /** A template and a copy of its statistics. */
    record Entry(Template template, TemplateStats.Stored stats, String dominantCatalogId) {
    }

    /** Everything persisted for one group: the miner (template ids) and the statistics per template. */
    record DiscoveryState(int version, String logGroup, long events, MinerSnapshot miner,
                          List<TemplateStats.Stored> templates) {
        static final int CURRENT = 1;
    }
}
