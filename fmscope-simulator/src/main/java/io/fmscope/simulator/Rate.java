package io.fmscope.simulator;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message rate, written with its unit: {@code 1M/day} (the seed's scale and the default),
 * {@code 12/s}, {@code 720/min}, {@code 43200/h}; {@code k} and {@code M} multiply by a thousand and
 * a million. A bare number is refused: "12" could mean per second or per day.
 */
public record Rate(double perSecond) {
  /** The seed's one million messages a day. */
  public static final Rate SEED_DEFAULT = new Rate(1_000_000 / 86_400.0);

  private static final Pattern FORM =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kKM]?)\\s*/\\s*(s|sec|min|m|h|hour|d|day)");

  public Rate {
    if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException("rate must be positive and finite, got " + perSecond);
    }
  }

  public static Rate perDay(double messages) {
    return new Rate(messages / 86_400.0);
  }

  /** Parses {@code <number>[k|M]/<s|min|h|day>}; throws IllegalArgumentException with the reason. */
  public static Rate parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("bad rate '" + text
          + "': give a number and a unit, e.g. 1M/day, 12/s, 720/min, 43200/h");
    }
    double n = Double.parseDouble(m.group(1)) * switch (m.group(2)) {
      case "k", "K" -> 1_000;
      case "M" -> 1_000_000;
      default -> 1;
    };
    double seconds = switch (m.group(3).toLowerCase(Locale.ROOT)) {
      case "s", "sec" -> 1;
      case "min", "m" -> 60;
      case "h", "hour" -> 3_600;
      default -> 86_400;
    };
    if (!(n > 0)) {
      throw new IllegalArgumentException("bad rate '" + text + "': must be greater than zero");
    }
    return new Rate(n / seconds);
  }

  public double perDay() {
    return perSecond * 86_400;
  }

  @Override
  public String toString() {
    double day = perDay();
    if (Math.abs(day - Math.rint(day)) < 1e-6 && day >= 1_000_000 && day % 1_000_000 == 0) {
      return (long) (day / 1_000_000) + "M/day";
    }
    return String.format(Locale.ROOT, "%.4g/s", perSecond);
  }
}
