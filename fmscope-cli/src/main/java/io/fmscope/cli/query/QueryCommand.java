package io.fmscope.cli.query;

import io.fmscope.query.QueryException;
import io.fmscope.query.analyzer.AnalyzedQuery;
import io.fmscope.query.analyzer.Analyzer;
import io.fmscope.query.analyzer.Warning;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryExecutionException;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.input.InputFormat;
import io.fmscope.query.input.ReadOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fmscope query 'QUERY' --file F ...}: runs a Logs Insights query over log files with the reference
 * engine. Exit codes: 0 success, 2 invalid query ({@code line:col: message} on stderr), 1 anything else.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a CloudWatch Logs Insights query over log files (plain or .gz).",
                "Files hold CloudWatch events (as the API and AWS CLI return them), JSON log messages, or text lines;",
                "the format is detected per file. Rows go to stdout; a summary and warnings go to stderr."})
public final class QueryCommand implements Callable<Integer> {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_BAD_QUERY = 2;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The query text.")
    String query;

    @Option(names = "--file", paramLabel = "F", description = "A log file to read; repeat for more; '-' reads stdin.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--start", paramLabel = "T", converter = TimeArgument.class,
            description = "Earliest event time: epoch seconds or ISO-8601.")
    Long start;

    @Option(names = "--end", paramLabel = "T", converter = TimeArgument.class,
            description = "Latest event time (inclusive): epoch seconds or ISO-8601.")
    Long end;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10000",
            description = "Rows returned when the query has no final limit (1 to 100000, default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--check", description = "Only parse and analyze the query: exit 0, or 2 with line:col: message.")
    boolean check;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "auto|cloudwatch|json|text",
            description = "How to read the files (default: detect per file).")
    String inputFormat;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600",
            description = "Time limit of the query in seconds (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "auto|always|never",
            description = "Progress bar on stderr for inputs over a few seconds (auto: when stderr is a terminal).")
    String progress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnalyzedQuery analyzed;
        try {
            analyzed = Analyzer.standard().analyze(query);
        } catch (QueryException e) {
            err.println(e.getMessage());
            err.flush();
            return EXIT_BAD_QUERY;
        }
        warnings(analyzed.warnings(), err);
        if (check) return EXIT_OK;
        try {
            return run(analyzed, out, err);
        } catch (IllegalArgumentException | IOException | UncheckedIOException | QueryExecutionException e) {
            err.println("fmscope query: " + e.getMessage());
            err.flush();
            return EXIT_FAILED;
        }
    }

    private int run(AnalyzedQuery analyzed, PrintWriter out, PrintWriter err) throws IOException {
        ResultFormat resultFormat = enumOf(ResultFormat.class, format, "--format");
        if (files.isEmpty()) throw new IllegalArgumentException("no input: give at least one --file (or --file -)");
        long from = start == null ? Long.MIN_VALUE : start;
        long to = end == null ? Long.MAX_VALUE : end;
        if (from > to) throw new IllegalArgumentException("--start is after --end");
        ReadOptions read = ReadOptions.DEFAULT.withFormat(inputFormat()).withTimeRange(from, to);
        FileEvents events = new FileEvents(files, read);
        QueryOptions options = QueryOptions.defaults().withWindow(from, to).withMaxRows(limit)
                .withTimeout(Duration.ofSeconds(timeoutSeconds));
        long t0 = System.nanoTime();
        QueryResult result;
        try (Progress p = Progress.start(events, err, showProgress())) {
            result = new QueryEngine().execute(analyzed, events, options);
        }
        resultFormat.write(result, out);
        out.flush();
        Summary.print(result, events.counts(), (System.nanoTime() - t0) / 1_000_000, err);
        return EXIT_OK;
    }

    private InputFormat inputFormat() {
        return switch (inputFormat.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> InputFormat.AUTO;
            case "cloudwatch" -> InputFormat.CLOUDWATCH_EVENTS;
            case "json" -> InputFormat.JSON_MESSAGES;
            case "text" -> InputFormat.TEXT;
            default -> throw new IllegalArgumentException("--input-format takes auto, cloudwatch, json or text");
        };
    }

    private boolean showProgress() {
        return switch (progress.toLowerCase(java.util.Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            default -> Terminal.stderrIsTerminal();
        };
    }

    private static void warnings(List<Warning> warnings, PrintWriter err) {
        for (Warning w : warnings) err.println(w.oneLine());
        err.flush();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String option) {
        for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(value)) return e;
        throw new IllegalArgumentException(option + " takes one of " + java.util.Arrays.toString(type.getEnumConstants())
                .toLowerCase(java.util.Locale.ROOT) + ", not " + value);
    }
}
