package io.fmscope.benchmarks.loghub;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The four log-parsing metrics as defined in {@code shared/reference/patterns.md} §2. Ground-truth groups
 * are the messages sharing a ground-truth template string; parsed groups the messages sharing a parsed
 * template id.
 * <ul>
 *   <li>GA: messages in parsed groups that equal some ground-truth group, over all messages;</li>
 *   <li>FGA: F1 of PGA = correct groups / parsed groups and RGA = correct groups / ground-truth groups;</li>
 *   <li>PA: messages whose parsed template string equals the ground-truth string, over all messages;</li>
 *   <li>FTA: F1 of PTA and RTA, where a parsed group is correct iff all its messages carry ground-truth
 *       template t and its parsed string is exactly t.</li>
 * </ul>
 */
public final class ParsingMetrics {
    private ParsingMetrics() {
    }

    public record Scores(double ga, double fga, double pa, double fta, int parsedGroups, int truthGroups) {
    }

    /**
     * @param parsedIds       parsed group of each message
     * @param parsedTemplates parsed template string of each message
     * @param truth           ground-truth template of each message
     */
    public static Scores score(List<Long> parsedIds, List<String> parsedTemplates, List<String> truth) {
        int n = truth.size();
        if (parsedIds.size() != n || parsedTemplates.size() != n) throw new IllegalArgumentException("length mismatch");
        Map<String, Integer> truthSize = new HashMap<>();
        Map<Long, Integer> parsedSize = new HashMap<>();
        Map<Long, Set<String>> truthsOfParsed = new HashMap<>();
        Map<Long, String> stringOfParsed = new HashMap<>();
        int exact = 0;
        for (int i = 0; i < n; i++) {
            truthSize.merge(truth.get(i), 1, Integer::sum);
            parsedSize.merge(parsedIds.get(i), 1, Integer::sum);
            truthsOfParsed.computeIfAbsent(parsedIds.get(i), k -> new HashSet<>()).add(truth.get(i));
            stringOfParsed.putIfAbsent(parsedIds.get(i), parsedTemplates.get(i));
            if (parsedTemplates.get(i).equals(truth.get(i))) exact++;
        }
        int correctMessages = 0, correctGroups = 0, correctTemplates = 0;
        for (Map.Entry<Long, Set<String>> e : truthsOfParsed.entrySet()) {
            if (e.getValue().size() != 1) continue;
            String t = e.getValue().iterator().next();
            int size = parsedSize.get(e.getKey());
            if (truthSize.get(t) == size) {
                correctMessages += size;
                correctGroups++;
            }
            if (t.equals(stringOfParsed.get(e.getKey()))) correctTemplates++;
        }
        int p = parsedSize.size(), g = truthSize.size();
        return new Scores((double) correctMessages / n, f1((double) correctGroups / p, (double) correctGroups / g),
            (double) exact / n, f1((double) correctTemplates / p, (double) correctTemplates / g), p, g);
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
