package io.fmscope.cli.query;

import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.input.ReadCounts;
import java.io.PrintWriter;

/** The stderr summary: rows, events scanned and matched, lines skipped and why, time taken. */
final class Summary {
    private Summary() {}

    private static String count(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    static void print(QueryResult r, ReadCounts counts, long millis, PrintWriter err) {
        var s = r.statistics();
        StringBuilder sb = new StringBuilder();
        sb.append(count(r.rows().size(), "row"));
        if (r.truncated()) sb.append(" (more rows exist: raise --limit or add 'limit')");
        sb.append("; ").append(count(s.recordsScanned(), "event")).append(String.format(" scanned, %,d matched in %,d ms",
                s.recordsMatched(), millis));
        err.println(sb);
        if (counts.skipped() > 0 || counts.oversized() > 0) {
            err.println(String.format("skipped lines: %,d broken, %,d binary, %,d oversized", counts.broken(),
                    counts.binary(), counts.oversized()));
        }
        if (counts.outOfRange() > 0) err.println(String.format("%,d events outside --start/--end", counts.outOfRange()));
        if (s.regexGaveUp() > 0) {
            err.println(String.format("a regex gave up (catastrophic backtracking) on %,d values; they counted as no match",
                    s.regexGaveUp()));
        }
        err.flush();
    }
}
