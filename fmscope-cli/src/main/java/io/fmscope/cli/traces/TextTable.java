package io.fmscope.cli.traces;

import java.util.ArrayList;
import java.util.List;

/** A text table: columns as wide as their widest cell, two spaces apart; numbers right-aligned. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
        rows.add(header);
    }

    TextTable row(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) row[i] = cells[i] == null ? "" : cells[i].toString();
        rows.add(row);
        return this;
    }

    int size() {
        return rows.size() - 1;
    }

    String render() {
        int columns = rows.getFirst().length;
        int[] width = new int[columns];
        boolean[] numeric = new boolean[columns];
        java.util.Arrays.fill(numeric, true);
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], rows.get(r)[i].length());
                if (r > 0 && !rows.get(r)[i].matches("-?[0-9.,%x]+")) numeric[i] = false;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String pad = " ".repeat(width[i] - row[i].length());
                line.append(numeric[i] ? pad + row[i] : row[i] + pad);
                if (i < columns - 1) line.append("  ");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
