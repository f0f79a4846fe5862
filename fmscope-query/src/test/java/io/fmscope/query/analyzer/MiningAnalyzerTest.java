package io.fmscope.query.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fmscope.query.QueryException;
import io.fmscope.query.ast.DiffCommand;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.plan.AnomalyNode;
import io.fmscope.query.plan.PatternNode;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.plan.Plans;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where pattern, diff and anomaly may stand, what they produce, and the plan steps they become. */
class MiningAnalyzerTest {
    private final Analyzer analyzer = Analyzer.standard();

    private void rejects(String query, int line, int column, String fragment) {
        QueryException e = catchThrowableOfType(QueryException.class, () -> analyzer.analyze(query));
        assertThat(e).as("expected rejection of: %s", query).isNotNull();
        assertThat(e.reason()).contains(fragment);
        assertThat(new int[] {e.line(), e.column()}).as(e.getMessage()).containsExactly(line, column);
    }

    /** The plan's steps from the scan up. */
    private static List<PlanNode> steps(AnalyzedQuery q) {
        List<PlanNode> out = new ArrayList<>();
        for (PlanNode n = q.plan(); !(n instanceof PlanNode.Scan); n = Plans.input(n)) out.add(0, n);
        return out;
    }

    private static <T> T step(AnalyzedQuery q, Class<T> type) {
        return steps(q).stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void patternReplacesTheRowsLikeStats() {
        var q = analyzer.analyze("fields @timestamp, @message | filter @message like /ERROR/ | pattern @message");
        assertThat(q.columns()).containsExactly("@pattern", "@ratio", "@sampleCount", "@severityLabel");
        assertThat(q.aggregated()).as("pattern rows are not events").isTrue();
        PatternNode p = step(q, PatternNode.class);
        assertThat(p.value()).isInstanceOf(Expr.Field.class);
        assertThat(p.diff()).isNull();
        assertThat(p.details()).as("no anomaly, no @tokens").isFalse();
        assertThat(Plans.scan(q.plan()).fields()).contains("@message").doesNotContain("@pattern");
        assertThat(steps(q).stream().filter(n -> n instanceof PlanNode.Sort)).as("no implicit sort").isEmpty();
    }

    @Test
    void laterCommandsSeeThePatternFieldsAndExtensionsOnly() {
        var q = analyzer.analyze("pattern @message | filter @sampleCount > 2 | sort @ratio desc | limit 3"
                + " | fields @PatternId, @regexString, @tokens");
        assertThat(q.columns()).containsExactly("@pattern", "@ratio", "@sampleCount", "@severityLabel", "@PatternId",
                "@regexString", "@tokens");
        assertThat(step(q, PatternNode.class).details()).as("@tokens is read later").isTrue();
        rejects("pattern @message | sort @message", 1, 25, "'@message' is not available");
        var warned = analyzer.analyze("pattern @message | filter @logStream = 'a'");
        assertThat(warned.warnings()).extracting(Warning::message).anyMatch(m -> m.contains("'@logStream'"));
        var stats = analyzer.analyze("pattern @message | stats sum(@sampleCount) as n by @severityLabel, bin(1h)");
        assertThat(stats.columns()).containsExactly("@severityLabel", "bin(1h)", "n");
    }

    @Test
    void patternMayFollowRowCommandsOnly() {
        analyzer.analyze("parse @message '* *' as level, rest | unnest split(rest, ' ') into w | pattern w");
        rejects("sort @timestamp desc | pattern @message", 1, 24, "it must come before sort");
        rejects("limit 10 | pattern @message", 1, 12, "it must come before limit");
        rejects("dedup @logStream | pattern @message", 1, 20, "it must come before dedup");
        rejects("stats count(*) by @logStream | pattern @logStream", 1, 32, "it must come before stats");
        rejects("pattern @message | pattern @pattern", 1, 20, "only one pattern or diff");
        rejects("pattern @message\n| filter @sampleCount > 1\n| diff", 3, 3, "diff must directly follow pattern");
        rejects("pattern @message | diff | diff", 1, 27, "only one diff");
        rejects("sort @timestamp | diff", 1, 19, "diff mines every matching event: it must come before sort");
    }

    @Test
    void mapsAndListsCannotBeMined() {
        rejects("pattern jsonParse(@message)", 1, 9, "jsonParse() returns a list or map");
        rejects("fields x | pattern SPLIT(@message, ' ')", 1, 20, "SPLIT() returns a list or map");
        rejects("pattern [1, 2]", 1, 9, "a list cannot be mined");
        analyzer.analyze("pattern jsonStringify(jsonParse(@message))");
    }

    @Test
    void diffFoldsIntoThePatternStepOrMinesMessage() {
        var q = analyzer.analyze("pattern tolower(@message) | diff previousWeek");
        assertThat(q.columns()).containsExactly("@pattern", "@currentCount", "@previousCount", "@changeRatio", "@status",
                "@severityLabel");
        assertThat(steps(q).stream().filter(n -> n instanceof PatternNode)).hasSize(1);
        assertThat(step(q, PatternNode.class).diff()).isEqualTo(DiffCommand.Period.PREVIOUS_WEEK);
        assertThat(step(q, PatternNode.class).value()).isInstanceOf(Expr.Call.class);
        var bare = analyzer.analyze("filter @message like /ERROR/ | diff");
        assertThat(step(bare, PatternNode.class).value()).isEqualTo(Expr.Field.of("@message",
                step(bare, PatternNode.class).value().span()));
        assertThat(Plans.scan(bare.plan()).fields()).contains("@message");
        analyzer.analyze("diff | display @pattern, @PatternId, @regexString, @timestamp");
        rejects("diff | sort @tokens", 1, 13, "'@tokens' is not available");
    }

    @Test
    void anomalyNeedsPatternAndAddsItsFields() {
        var q = analyzer.analyze("fields @timestamp, @message | filter @type = 'ERROR' | pattern @message | anomaly"
                + " | sort @timestamp desc");
        assertThat(q.columns()).containsExactly("@pattern", "@ratio", "@sampleCount", "@severityLabel", "@anomalyType",
                "@anomalyScore", "@description");
        assertThat(step(q, PatternNode.class).details()).as("anomaly needs the token values").isTrue();
        List<PlanNode> steps = steps(q);
        assertThat(steps.get(steps.indexOf(step(q, PatternNode.class)) + 1)).isInstanceOf(AnomalyNode.class);
        assertThat(steps.get(steps.size() - 2)).isInstanceOf(PlanNode.Sort.class);
        analyzer.analyze("pattern @message | filter @sampleCount > 5 | anomaly | filter @anomalyScore > 0.5");
        rejects("fields @message | anomaly", 1, 19, "anomaly needs a pattern command before it");
        rejects("pattern @message | diff | anomaly", 1, 27, "anomaly cannot be combined with diff");
        rejects("pattern @message | stats count(*) as n by @severityLabel | anomaly", 1, 60,
                "anomaly reads the rows of pattern: it cannot follow stats");
        rejects("pattern @message | anomaly | anomaly", 1, 30, "only one anomaly");
    }
}
