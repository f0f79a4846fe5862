package io.fmscope.query.exec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Positions of the scanned fields in an event row's value array. */
final class ScanLayout {
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    ScanLayout(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < this.names.size(); i++) index.putIfAbsent(this.names.get(i), i);
    }

    List<String> names() {
        return names;
    }

    int index(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }
}
