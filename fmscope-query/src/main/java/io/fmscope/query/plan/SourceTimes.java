package io.fmscope.query.plan;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code START=}/{@code END=} values of SOURCE: ISO-8601 instants or offsets from now such as {@code -3600s}. */
public final class SourceTimes {
    private static final Pattern RELATIVE = Pattern.compile("([+-]?\\d{1,12})(ms|s|m|h|d|w)");

    private SourceTimes() {}

    /** Epoch milliseconds for {@code raw}, relative values counted from {@code nowMillis}. */
    public static long resolve(String raw, long nowMillis) {
        Matcher m = RELATIVE.matcher(raw);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            long unit = switch (m.group(2)) {
                case "ms" -> 1L;
                case "s" -> 1000L;
                case "m" -> 60_000L;
                case "h" -> 3_600_000L;
                case "d" -> 86_400_000L;
                default -> 7 * 86_400_000L;
            };
            return nowMillis + amount * unit;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(raw).toEpochMilli();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("not an ISO-8601 time or an offset such as -3600s: " + raw);
            }
        }
    }
}
