package io.fmscope.query.mining;

import io.fmscope.patterns.MinerConfig;
import io.fmscope.patterns.Template;
import io.fmscope.patterns.TemplateMiner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mines a batch of lines with a fresh {@link TemplateMiner} (its default settings, as {@code fmscope patterns}),
 * in {@link Line#ORDER}, and groups the lines by their final template. Lines of templates evicted at the miner's
 * template cap (5,000) belong to no pattern.
 */
public final class PatternMiner {
    /** How often mining calls back to let the engine check cancellation and the time limit. */
    private static final int CHECK_EVERY = 4096;

    private PatternMiner() {}

    /** Sorts {@code lines} in place and returns the patterns, most lines first, then by pattern text. */
    public static List<MinedPattern> mine(List<Line> lines, Runnable checkpoint) {
        lines.sort(Line.ORDER);
        TemplateMiner miner = new TemplateMiner(MinerConfig.defaults());
        long[] ids = new long[lines.size()];
        for (int i = 0; i < ids.length; i++) {
            if (i % CHECK_EVERY == 0) checkpoint.run();
            ids[i] = miner.add(lines.get(i).text()).templateId();
        }
        Map<Long, Template> live = new HashMap<>();
        for (Template t : miner.templates()) live.put(t.id(), t);
        Map<Long, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            long id = miner.resolve(ids[i]);
            if (live.containsKey(id)) members.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
        }
        List<MinedPattern> out = new ArrayList<>(members.size());
        for (var e : members.entrySet()) {
            int[] idx = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            out.add(new MinedPattern(live.get(e.getKey()), idx, lines.get(idx[0]).time(),
                    lines.get(idx[idx.length - 1]).time()));
        }
        out.sort(Comparator.comparingInt(MinedPattern::count).reversed().thenComparing(MinedPattern::text)
                .thenComparingLong(p -> p.template().id()));
        return out;
    }
}
