package io.fmscope.query.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.exec.EventSource;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.input.LogFileReader;
import io.fmscope.query.input.ReadOptions;
import io.fmscope.query.parser.QueryParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Executes the documentation: every {@code ```logsinsights} block in {@code docs/query/} is run over
 * {@code fixtures/docs-fm-calls.jsonl} and must print exactly the Markdown table that follows it.
 */
class DocsExamplesTest {
    static final Path DOCS = Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("query");
    private static final Pattern EXAMPLE = Pattern.compile(
            "```logsinsights\\n(.*?)\\n```[ \\t]*\\n[ \\t]*\\n?((?:\\|[^\\n]*\\n?)+)", Pattern.DOTALL);

    record Example(Path page, String query, List<List<String>> table) {}

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DOCS)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = EXAMPLE.matcher(Files.readString(page));
                while (m.find()) out.add(new Example(page, m.group(1), table(m.group(2))));
            }
        }
        return out;
    }

    /** Markdown table rows as cells; the separator line is dropped; {@code \|} is a literal bar. */
    static List<List<String>> table(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
            String inner = line.strip();
            inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
            List<String> cells = Arrays.stream(inner.split("(?<!\\\\)\\|", -1))
                    .map(c -> c.strip().replace("\\|", "|")).toList();
            if (cells.stream().allMatch(c -> c.matches(":?-+:?"))) continue;
            rows.add(cells);
        }
        return rows;
    }

    static EventSource fixture() throws Exception {
        Path file = Path.of(DocsExamplesTest.class.getClassLoader().getResource("fixtures/docs-fm-calls.jsonl").toURI());
        List<LogEvent> events = new ArrayList<>();
        try (LogFileReader r = LogFileReader.open(file, ReadOptions.DEFAULT)) {
            r.forEachRemaining(events::add);
        }
        return EventSource.of(events);
    }

    static List<List<String>> render(QueryResult r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(r.columns());
        for (var row : r.rows()) rows.add(row.stream().map(v -> v.isNull() ? "" : v.asText()).toList());
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleprintsItsTable() throws Exception {
        EventSource events = fixture();
        List<Example> examples = examples();
        assertThat(examples).as("examples under %s", DOCS).hasSizeGreaterThan(20);
        return examples.stream().map(e -> DynamicTest.dynamicTest(DOCS.relativize(e.page()) + ": "
                + e.query().replace('\n', ' '), () -> {
                    QueryResult r = new QueryEngine().execute(e.query(), events, QueryOptions.defaults());
                    assertThat(render(r)).as("result of:\n%s", e.query()).isEqualTo(e.table());
                }));
    }

    @Test
    void everyCommandHasAPageWithExamples() throws IOException {
        List<Example> examples = examples();
        for (String command : QueryParser.supportedCommands()) {
            String page = command.equals("where") ? "filter" : command.equals("filterindex") ? "filterIndex" : command;
            Path file = DOCS.resolve("commands").resolve(page + ".md");
            assertThat(file).as("page for %s", command).exists();
            assertThat(examples.stream().filter(x -> x.page().equals(file))).as("examples in %s", file).isNotEmpty();
        }
    }
}
