package io.fmscope.query.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fmscope.query.QueryException;
import io.fmscope.query.analyzer.AnalyzedQuery;
import io.fmscope.query.analyzer.Analyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every query of {@code ${fmscope.shared}/conformance/insights-queries.md}: valid ones must parse and analyze
 * (what {@code fmscope query --check} does), INVALID ones must be rejected at the documented position, and the
 * queries using commands this issue leaves out must be rejected with a "not supported" error.
 */
class InsightsQueriesConformanceTest {
    private static final Pattern ENTRY = Pattern.compile(
            "^### (Q\\d+)\\. ([^\\n]*)\\n(?:- [^\\n]*\\n)*```\\n(.*?)\\n```", Pattern.DOTALL | Pattern.MULTILINE);

    /** Queries that use commands left out, with the reason (pattern, diff and anomaly now run: Q67, Q68, Q119). */
    private static final Map<String, String> LEFT_OUT = Map.of(
            "Q73", "join: the reference does not say which fields the right side exposes nor how unmatched keys behave");

    /** Where each INVALID query must be rejected: line and column of the offending text. */
    private static final Map<String, int[]> INVALID_AT = Map.of(
            "Q47", new int[] {4, 20}); // @message inside the second STATS

    record Entry(String id, String title, String query) {
        boolean invalid() {
            return title.startsWith("INVALID");
        }
    }

    static List<Entry> entries() throws IOException {
        Path file = Path.of(System.getProperty("fmscope.shared"), "conformance", "insights-queries.md");
        Matcher m = ENTRY.matcher(Files.readString(file));
        List<Entry> out = new ArrayList<>();
        while (m.find()) out.add(new Entry(m.group(1), m.group(2), m.group(3)));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyQueryOfTheFile() throws IOException {
        List<Entry> entries = entries();
        assertThat(entries).as("query blocks found").hasSizeGreaterThanOrEqualTo(90);
        assertThat(entries.stream().map(Entry::id)).containsAll(LEFT_OUT.keySet()).containsAll(INVALID_AT.keySet());
        assertThat(entries.stream().filter(Entry::invalid).map(Entry::id)).containsExactlyInAnyOrderElementsOf(
                INVALID_AT.keySet());
        return entries.stream().map(e -> DynamicTest.dynamicTest(e.id() + " " + e.title(), () -> check(e)));
    }

    private static void check(Entry e) {
        Analyzer analyzer = Analyzer.standard();
        if (e.invalid()) {
            QueryException ex = catchThrowableOfType(QueryException.class, () -> analyzer.analyze(e.query()));
            assertThat(ex).as("%s must be rejected", e.id()).isNotNull();
            int[] at = INVALID_AT.get(e.id());
            assertThat(new int[] {ex.line(), ex.column()}).as(ex.getMessage()).containsExactly(at);
        } else if (LEFT_OUT.containsKey(e.id())) {
            QueryException ex = catchThrowableOfType(QueryException.class, () -> analyzer.analyze(e.query()));
            assertThat(ex).as("%s uses a left-out command (%s)", e.id(), LEFT_OUT.get(e.id())).isNotNull();
            assertThat(ex.reason()).contains("not supported");
        } else {
            AnalyzedQuery q = analyzer.analyze(e.query());
            assertThat(q.columns()).isNotEmpty();
        }
    }
}
