package io.fmscope.query.analyzer;

import io.fmscope.query.ast.AnomalyCommand;
import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.DiffCommand;
import io.fmscope.query.ast.PatternCommand;
import java.util.List;

/**
 * Where {@code pattern}, {@code diff} and {@code anomaly} may stand. Pattern mines every matching event, so it
 * comes before {@code stats}, {@code sort}, {@code limit} and {@code dedup} (the reference's note that pattern after
 * sort is invalid, extended to the commands that cut or aggregate the events), at most once. A diff directly
 * follows pattern, or stands alone (mining {@code @message}) under the same rule. Anomaly needs a pattern before it,
 * with no stats in between, and does not combine with diff.
 */
final class MiningOrder {
    private final AnalysisContext ctx;

    MiningOrder(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    void check(List<Command> commands, int from) {
        String cut = null; // the first sort/limit/dedup/stats seen, which no pattern may follow
        int pattern = -1;
        int diff = -1;
        int anomaly = -1;
        boolean statsSincePattern = false;
        for (int i = from; i < commands.size(); i++) {
            Command c = commands.get(i);
            switch (c) {
                case PatternCommand p -> {
                    if (pattern >= 0 || diff >= 0) throw ctx.error("a query can have only one pattern or diff", p.span());
                    if (cut != null) throw ctx.error("pattern mines every matching event: it must come before "
                            + cut, p.span());
                    pattern = i;
                }
                case DiffCommand d -> {
                    if (diff >= 0) throw ctx.error("a query can have only one diff", d.span());
                    if (pattern >= 0 && pattern != i - 1) {
                        throw ctx.error("diff must directly follow pattern (it compares the pattern's time ranges)",
                                d.span());
                    }
                    if (pattern < 0 && cut != null) {
                        throw ctx.error("diff mines every matching event: it must come before " + cut, d.span());
                    }
                    diff = i;
                }
                case AnomalyCommand a -> {
                    if (anomaly >= 0) throw ctx.error("a query can have only one anomaly", a.span());
                    if (diff >= 0) throw ctx.error("anomaly cannot be combined with diff: anomaly looks for unusual "
                            + "patterns within the time range, diff compares it with an earlier one", a.span());
                    if (pattern < 0) throw ctx.error("anomaly needs a pattern command before it, as in "
                            + "'pattern @message | anomaly'", a.span());
                    if (statsSincePattern) throw ctx.error("anomaly reads the rows of pattern: it cannot follow stats",
                            a.span());
                    anomaly = i;
                }
                case Command.Stats s -> {
                    if (cut == null) cut = "stats";
                    statsSincePattern = pattern >= 0;
                }
                case Command.Sort s -> cut = cut == null ? "sort" : cut;
                case Command.Limit l -> cut = cut == null ? "limit" : cut;
                case Command.Dedup d -> cut = cut == null ? "dedup" : cut;
                default -> { }
            }
        }
    }
}
