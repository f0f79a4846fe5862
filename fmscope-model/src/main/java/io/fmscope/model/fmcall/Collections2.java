package io.fmscope.model.fmcall;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies that never throw: null collections become empty, null elements are skipped. */
final class Collections2 {
  private Collections2() {}

  static <T> List<T> copyWithoutNulls(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (t != null) {
        out.add(t);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Keeps insertion order (JSON output is stable); skips null keys and values. */
  static Map<String, String> copyStringMap(Map<String, String> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (k != null && v != null) {
        out.put(k, v);
      }
    });
    return Collections.unmodifiableMap(out);
  }
}
