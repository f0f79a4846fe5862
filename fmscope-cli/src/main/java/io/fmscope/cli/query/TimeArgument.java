package io.fmscope.cli.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * {@code --start}/{@code --end}: epoch seconds (as StartQuery takes them, fractions allowed) or ISO-8601
 * ({@code 2024-05-01T12:00:00Z}, with an offset, without one meaning UTC, or a plain date meaning its midnight
 * UTC). Converted to epoch milliseconds.
 */
final class TimeArgument implements CommandLine.ITypeConverter<Long> {
    private static final Pattern EPOCH_SECONDS = Pattern.compile("-?\\d{1,12}(\\.\\d{1,3})?");

    @Override
    public Long convert(String value) {
        return parse(value);
    }

    static long parse(String value) {
        String v = value.strip();
        if (EPOCH_SECONDS.matcher(v).matches()) {
            return Math.round(Double.parseDouble(v) * 1000);
        }
        try {
            return OffsetDateTime.parse(v).toInstant().toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Instant.parse(v).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is neither epoch seconds nor an ISO-8601 time such as 2024-05-01T12:00:00Z");
        }
    }
}
