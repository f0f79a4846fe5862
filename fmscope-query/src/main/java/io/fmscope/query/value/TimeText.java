package io.fmscope.query.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/** Timestamp text: the result format, and lenient ISO-8601 reading. */
public final class TimeText {
    /** Sentinel for "not a time". */
    public static final long NO_TIME = Long.MIN_VALUE;

    private static final DateTimeFormatter OUT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private TimeText() {
    }

    /** {@code yyyy-MM-dd HH:mm:ss.SSS} in UTC, as GetQueryResults shows {@code @timestamp}. */
    public static String format(long epochMillis) {
        return OUT.format(Instant.ofEpochMilli(epochMillis));
    }

    /**
     * Epoch milliseconds of an ISO-8601 date or date-time ({@code 2024-05-01}, {@code 2024-05-01T10:00:00Z},
     * {@code 2024-05-01 10:00:00,123+09:00}, fractions to nanoseconds, offsets Z, +HH:MM, +HHMM, +HH); a missing offset
     * means UTC. Returns
     * {@link #NO_TIME} when the text is not such a time.
     */
    public static long parseIso(String text) {
        long fast = IsoFast.parse(text);
        return fast != IsoFast.UNKNOWN ? fast : parseIsoSlow(text);
    }

    /** The java.time reading behind {@link #parseIso} for shapes the fast path does not know. */
    static long parseIsoSlow(String text) {
        int n = text.length();
        if (n < 10 || n > 40 || !Character.isDigit(text.charAt(0))) {
            return NO_TIME;
        }
        String t = n > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        if (t.length() > 19 && t.charAt(19) == ',') {
            t = t.substring(0, 19) + '.' + t.substring(20);
        }
        try {
            TemporalAccessor a = ISO.parse(t);
            if (a.isSupported(ChronoField.OFFSET_SECONDS)) {
                if (!a.isSupported(ChronoField.HOUR_OF_DAY)) {
                    return NO_TIME;
                }
                return OffsetDateTime.from(a).toInstant().toEpochMilli();
            }
            if (a.isSupported(ChronoField.HOUR_OF_DAY)) {
                return LocalDateTime.from(a).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            return LocalDate.from(a).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            return NO_TIME;
        }
    }
}
