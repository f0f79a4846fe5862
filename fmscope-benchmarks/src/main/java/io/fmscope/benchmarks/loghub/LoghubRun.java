package io.fmscope.benchmarks.loghub;

import io.fmscope.patterns.MinerConfig;
import io.fmscope.patterns.Template;
import io.fmscope.patterns.TemplateMiner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mines one dataset and scores the result against each of its label sets. */
public record LoghubRun(LoghubDataset dataset, int templates, Map<String, ParsingMetrics.Scores> scores) {

    public static LoghubRun run(LabelledDataset data, MinerConfig config) {
        TemplateMiner miner = new TemplateMiner(config);
        long[] assigned = new long[data.contents().size()];
        for (int i = 0; i < assigned.length; i++) assigned[i] = miner.add(data.contents().get(i)).templateId();
        Map<Long, String> patterns = new HashMap<>();
        for (Template t : miner.templates()) patterns.put(t.id(), t.pattern());
        List<Long> ids = new ArrayList<>(assigned.length);
        List<String> strings = new ArrayList<>(assigned.length);
        for (long id : assigned) {
            long r = miner.resolve(id); // the template the line ended in, as Drain reports final clusters
            ids.add(r);
            strings.add(patterns.getOrDefault(r, "<overflow>"));
        }
        Map<String, ParsingMetrics.Scores> scores = new LinkedHashMap<>();
        data.labels().forEach((set, truth) -> scores.put(set, ParsingMetrics.score(ids, strings, truth)));
        return new LoghubRun(data.dataset(), miner.templateCount(), scores);
    }
}
