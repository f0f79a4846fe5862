package io.fmscope.server.insights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Logs Insights queries of the seed's section 3.2, read from the shared seed document. */
final class SeedQueries {
    private SeedQueries() {
    }

    static List<String> load() throws IOException {
        Path seed = Path.of(System.getProperty("fmscope.shared"), "seed", "000_b07461b1c4b94a2d.txt");
        List<String> lines = Files.readAllLines(seed);
        int start = lines.indexOf("3.2 CloudWatch Logs Insights Query Examples");
        List<String> queries = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("4. X-Ray")) {
                break;
            }
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
}
