package io.fmscope.model.fmcall;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies that never throw: null collections become empty, null elements are skipped. */
final class Collections2 {
  private Collections2() {}

  /** {@link List#copyOf} returns an already immutable list as is, so repeated copies are free. */
  static <T> List<T> copyWithoutNulls(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    boolean nulls = false;
    for (int i = 0, n = list.size(); i < n && !nulls; i++) {
      nulls = list.get(i) == null;
    }
    if (!nulls) {
      return List.copyOf(list);
    }
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (t != null) {
        out.add(t);
      }
    }
    return List.copyOf(out);
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
