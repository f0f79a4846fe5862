package io.fmscope.model.fmcall;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * ISO-8601 UTC timestamps with exactly three fraction digits and {@code Z}. Formatting caches the
 * text of the current second because loggers format many timestamps in the same second.
 */
public final class IsoTimestamps {
  /** Earliest instant formatted as four-digit years (0000-01-01T00:00:00Z). */
  public static final long MIN_EPOCH_MS = -62_167_219_200_000L;
  /** Latest instant formatted as four-digit years (9999-12-31T23:59:59.999Z). */
  public static final long MAX_EPOCH_MS = 253_402_300_799_999L;

  private static final Instant MIN_INSTANT = Instant.ofEpochMilli(MIN_EPOCH_MS);
  private static final Instant MAX_INSTANT = Instant.ofEpochMilli(MAX_EPOCH_MS);

  private record Second(long epochSecond, String prefix) {}

  private static volatile Second cached = new Second(Long.MIN_VALUE, "");

  private IsoTimestamps() {}

  /** Formats epoch milliseconds (clamped to years 0000-9999) as yyyy-MM-ddTHH:mm:ss.SSSZ. */
  public static String format(long epochMs) {
    long ms = Math.clamp(epochMs, MIN_EPOCH_MS, MAX_EPOCH_MS);
    long second = Math.floorDiv(ms, 1000L);
    int millis = (int) Math.floorMod(ms, 1000L);
    Second s = cached;
    if (s.epochSecond != second) {
      LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
      s = new Second(second, String.format("%04d-%02d-%02dT%02d:%02d:%02d.",
          t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
          t.getHour(), t.getMinute(), t.getSecond()));
      cached = s;
    }
    char[] tail = {(char) ('0' + millis / 100), (char) ('0' + millis / 10 % 10),
        (char) ('0' + millis % 10), 'Z'};
    return s.prefix.concat(new String(tail));
  }

  /** Formats an instant (truncating to milliseconds). */
  public static String format(Instant instant) {
    return format(normalize(instant).toEpochMilli());
  }

  /**
   * Truncates to milliseconds and clamps into the four-digit-year range, so {@link
   * Instant#toEpochMilli()} cannot overflow; {@code null} stays {@code null}.
   */
  public static Instant normalize(Instant instant) {
    if (instant == null) {
      return null;
    }
    if (instant.isBefore(MIN_INSTANT)) {
      return MIN_INSTANT;
    }
    if (instant.isAfter(MAX_INSTANT)) {
      return MAX_INSTANT;
    }
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * Parses ISO-8601 with {@code Z} or a numeric offset (Python's {@code isoformat()} writes {@code
   * +00:00}); returns {@code null} for null or unparsable text.
   */
  public static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
