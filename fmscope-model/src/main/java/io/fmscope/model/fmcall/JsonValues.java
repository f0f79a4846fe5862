package io.fmscope.model.fmcall;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Free-form JSON values (session event {@code details}) as immutable Java values: {@code null},
 * {@link String}, {@link Boolean}, {@link Long} (all integral numbers), {@link Double} (finite
 * floating numbers), {@link List} and {@link Map} with string keys. Copying normalises anything
 * else, so equal JSON means equal Java values and a round trip through JSON is exact.
 */
public final class JsonValues {
  /**
   * Containers nested this deep are replaced by {@code null} (this also stops cycles): the top
   * object is level 0, so at most {@code MAX_DEPTH} levels of objects and arrays survive.
   */
  public static final int MAX_DEPTH = 16;

  private JsonValues() {}

  /** An immutable, ordered deep copy; null becomes an empty map, null keys are dropped. */
  public static Map<String, Object> copyObject(Map<String, ?> map) {
    return map == null ? Map.of() : copyMap(map, 0);
  }

  /** The normalised form of one value (see the class comment). */
  public static Object copy(Object value) {
    return copy(value, 0);
  }

  /** {@code depth} is the nesting level of the container {@code v} would become. */
  private static Object copy(Object v, int depth) {
    if (v == null || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Number n) {
      return number(n);
    }
    boolean container = v instanceof Map<?, ?> || v instanceof Collection<?>
        || v.getClass().isArray();
    if (container && depth >= MAX_DEPTH) {
      return null;
    }
    if (v instanceof Map<?, ?> m) {
      return copyMap(m, depth);
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      for (Object o : c) {
        out.add(copy(o, depth + 1));
      }
      return Collections.unmodifiableList(out);
    }
    if (container) {
      int n = Array.getLength(v);
      List<Object> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(copy(Array.get(v, i), depth + 1));
      }
      return Collections.unmodifiableList(out);
    }
    return String.valueOf(v);
  }

  private static Map<String, Object> copyMap(Map<?, ?> m, int depth) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (e.getKey() != null) {
        out.put(String.valueOf(e.getKey()), copy(e.getValue(), depth + 1));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static Object number(Number n) {
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return n.longValue();
    }
    if (n instanceof BigInteger b) {
      return b.bitLength() < 64 ? (Object) b.longValue() : b.toString();
    }
    if (n instanceof BigDecimal d) {
      return finite(d.doubleValue());
    }
    return finite(n.doubleValue());
  }

  private static Double finite(double d) {
    return Double.isFinite(d) ? d : null;
  }
}
