package io.fmscope.cli.query;

import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.value.Value;
import java.io.PrintWriter;
import java.util.List;

/** RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in double quotes. */
final class CsvWriter implements ResultFormat.Writer {
    @Override
    public void write(QueryResult r, PrintWriter out) {
        row(r.columns(), out);
        for (List<Value> values : r.rows()) row(values.stream().map(v -> v.isNull() ? "" : v.asText()).toList(), out);
    }

    private static void row(List<String> cells, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(quote(cells.get(i)));
        }
        out.print(sb.append("\r\n"));
    }

    static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
