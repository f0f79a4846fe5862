package io.fmscope.query.analyzer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Decides the result columns (docs/query/semantics.md): the last {@code display} if it comes after the last
 * {@code stats}; else the last stats' columns (group keys first) plus fields added after it; else every name from
 * {@code fields}, {@code parse} and {@code unnest} in order of first appearance; else {@code @timestamp, @message}.
 */
final class OutputColumns {
    private final LinkedHashSet<String> union = new LinkedHashSet<>();
    private List<String> statsColumns;
    private List<String> display;

    void fields(List<String> names) {
        names.forEach(this::added);
    }

    void added(String name) {
        if (statsColumns != null) {
            if (!statsColumns.contains(name)) statsColumns.add(name);
        } else {
            union.add(name);
        }
    }

    void display(List<String> names) {
        display = List.copyOf(new LinkedHashSet<>(names));
    }

    void stats(List<String> columns) {
        statsColumns = new ArrayList<>(columns);
        display = null;
    }

    List<String> columns() {
        if (display != null) return display;
        if (statsColumns != null) return List.copyOf(statsColumns);
        if (!union.isEmpty()) return List.copyOf(union);
        return List.of("@timestamp", "@message");
    }
}
