package io.fmscope.cli.query;

import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.value.Value;
import java.io.PrintWriter;
import java.util.List;

/** Aligned text columns; line breaks in values show as {@code \n}; cells wider than 120 characters are cut. */
final class TableWriter implements ResultFormat.Writer {
    private static final int MAX_WIDTH = 120;

    @Override
    public void write(QueryResult r, PrintWriter out) {
        List<String> columns = r.columns();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) widths[c] = cell(columns.get(c)).length();
        for (List<Value> row : r.rows()) {
            for (int c = 0; c < widths.length; c++) widths[c] = Math.max(widths[c], cell(row.get(c)).length());
        }
        line(columns.stream().map(TableWriter::cell).toList(), widths, out);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) rule.append("-+-");
            rule.append("-".repeat(widths[c]));
        }
        out.println(rule);
        for (List<Value> row : r.rows()) line(row.stream().map(TableWriter::cell).toList(), widths, out);
    }

    private static void line(List<String> cells, int[] widths, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) sb.append(" | ");
            String s = cells.get(c);
            sb.append(s);
            if (c < cells.size() - 1) sb.append(" ".repeat(widths[c] - s.length()));
        }
        out.println(sb.toString().stripTrailing());
    }

    static String cell(Value v) {
        return v.isNull() ? "" : cell(v.asText());
    }

    static String cell(String s) {
        String flat = s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ");
        return flat.length() > MAX_WIDTH ? flat.substring(0, MAX_WIDTH - 1) + "…" : flat;
    }
}
