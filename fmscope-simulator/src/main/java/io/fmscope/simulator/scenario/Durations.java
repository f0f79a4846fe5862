package io.fmscope.simulator.scenario;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in scenario files and on the command line: {@code 90s},
 * {@code 10m}, {@code 1h30m}, {@code 2d}, {@code 250ms}, or ISO-8601 ({@code PT10M}). A number
 * without a unit is refused (except {@code 0}), and so is a negative duration.
 */
public final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

  private Durations() {}

  /** The duration, or an IllegalArgumentException whose message is the reason. */
  public static Duration parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.equals("0")) {
      return Duration.ZERO;
    }
    if (t.startsWith("-")) {
      throw new IllegalArgumentException("'" + t + "' is negative; offsets and durations count forward from 0");
    }
    if (t.toUpperCase(Locale.ROOT).startsWith("PT") || t.toUpperCase(Locale.ROOT).startsWith("P")) {
      try {
        Duration d = Duration.parse(t.toUpperCase(Locale.ROOT));
        if (d.isNegative()) {
          throw new IllegalArgumentException("'" + t + "' is negative");
        }
        return d;
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("'" + t + "' is not an ISO-8601 duration");
      }
    }
    Matcher m = PART.matcher(t);
    long nanos = 0;
    int end = 0;
    while (m.find() && m.start() == end) {
      double n = Double.parseDouble(m.group(1));
      long unit = switch (m.group(2)) {
        case "ms" -> 1_000_000L;
        case "s" -> 1_000_000_000L;
        case "m" -> 60_000_000_000L;
        case "h" -> 3_600_000_000_000L;
        default -> 86_400_000_000_000L;
      };
      nanos += Math.round(n * unit);
      end = m.end();
    }
    if (end == 0 || end != t.length()) {
      throw new IllegalArgumentException("'" + t + "' is not a duration; write e.g. 90s, 10m, 1h30m or PT10M"
          + (t.matches("\\d+(\\.\\d+)?") ? " (a unit is required)" : ""));
    }
    return Duration.ofNanos(nanos);
  }

  /** Short form for messages and reports: {@code 1h30m}, {@code 45s}, {@code 0s}. */
  public static String format(Duration d) {
    long s = d.toSeconds();
    if (s == 0) {
      return d.toMillis() == 0 ? "0s" : d.toMillis() + "ms";
    }
    StringBuilder b = new StringBuilder();
    long days = s / 86_400;
    long h = s % 86_400 / 3_600;
    long m = s % 3_600 / 60;
    long sec = s % 60;
    if (days > 0) {
      b.append(days).append('d');
    }
    if (h > 0) {
      b.append(h).append('h');
    }
    if (m > 0) {
      b.append(m).append('m');
    }
    if (sec > 0) {
      b.append(sec).append('s');
    }
    return b.toString();
  }
}
