package io.fmscope.storage.duckdb.differential;

import io.fmscope.query.QueryException;
import io.fmscope.query.analyzer.Analyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The query corpus of the query-language issue, read where it lives: the seed's section 3.2 queries and the
 * seven {@code FMLogAnalyzer} queries of section 7, the runnable queries of the shared conformance file, and
 * every example of {@code docs/query/}. Queries the analyzer rejects (documented negative cases, left-out
 * commands) are not runnable and are left out.
 */
final class QueryCorpus {
    private static final Pattern CONFORMANCE = Pattern.compile(
            "^### (Q\\d+)\\. ([^\\n]*)\\n(?:- [^\\n]*\\n)*```\\n(.*?)\\n```", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern ANALYZER_QUERY = Pattern.compile("query = f?\"\"\"\\n(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern DOCS_EXAMPLE = Pattern.compile("```logsinsights\\n(.*?)\\n```", Pattern.DOTALL);

    private QueryCorpus() {
    }

    /** Name to query text, in a stable order. */
    static Map<String, String> load() throws IOException {
        Path shared = Path.of(System.getProperty("fmscope.shared"));
        Map<String, String> out = new LinkedHashMap<>();
        String seed = Files.readString(shared.resolve("seed").resolve("000_b07461b1c4b94a2d.txt"));
        List<String> section32 = section32(seed);
        for (int i = 0; i < section32.size(); i++) {
            out.put("seed 3.2 query " + (i + 1), section32.get(i));
        }
        Matcher m = ANALYZER_QUERY.matcher(seed.substring(seed.indexOf("7. FMLogAnalyzer")));
        for (int i = 1; m.find(); i++) {
            out.put("seed 7 query " + i, m.group(1).replace("{bucket_minutes}", "5").replace("{threshold_ms}", "3000")
                    .strip());
        }
        m = CONFORMANCE.matcher(Files.readString(shared.resolve("conformance").resolve("insights-queries.md")));
        while (m.find()) {
            out.put("conformance " + m.group(1), m.group(3));
        }
        Path docs = Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("query");
        try (Stream<Path> pages = Files.walk(docs)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher d = DOCS_EXAMPLE.matcher(Files.readString(page));
                for (int i = 1; d.find(); i++) {
                    out.put("docs " + docs.relativize(page) + " #" + i, d.group(1));
                }
            }
        }
        out.values().removeIf(q -> !runnable(q));
        return out;
    }

    private static List<String> section32(String seed) {
        String[] lines = seed.substring(seed.indexOf("3.2 CloudWatch Logs Insights Query Examples"),
                seed.indexOf("4. X-Ray Tracing")).split("\n");
        List<String> queries = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            if (line.startsWith("# ── Query")) {
                if (current != null) {
                    queries.add(current.toString().strip());
                }
                current = new StringBuilder();
            } else if (current != null && !line.startsWith("#")) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            queries.add(current.toString().strip());
        }
        return queries;
    }

    private static boolean runnable(String q) {
        try {
            Analyzer.standard().analyze(q);
            return true;
        } catch (QueryException e) {
            return false;
        }
    }
}
