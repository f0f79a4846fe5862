package io.fmscope.query.functions;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.StringValue;
import io.fmscope.query.value.Value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A period such as {@code 5m}, {@code 1min}, {@code 2hrs}, {@code 1mo} (reference section 3.4), with UTC bucket
 * arithmetic: fixed units align to the epoch, months/quarters/years to calendar boundaries counted from 1970-01.
 * As documented, a written amount above the size of the next unit is capped to it: ms 1000, s 60, m 60, h 24
 * ({@code 300s} behaves as {@code 60s}); {@link #parse} applies the cap.
 */
public record TimePeriod(long amount, Unit unit) {
    private static final Map<String, TimePeriod> CACHE = new ConcurrentHashMap<>();

    /** Units; {@code millis} is 0 for calendar units. */
    public enum Unit {
        MILLISECOND(1L, 1000), SECOND(1000L, 60), MINUTE(60_000L, 60), HOUR(3_600_000L, 24),
        DAY(86_400_000L, 0), WEEK(7 * 86_400_000L, 0), MONTH(0, 0), QUARTER(0, 0), YEAR(0, 0);

        final long millis;
        final long cap;

        Unit(long millis, long cap) {
            this.millis = millis;
            this.cap = cap;
        }
    }

    public TimePeriod {
        if (amount <= 0) {
            throw new FunctionException("a time period must be positive");
        }
    }

    /** Parses {@code 5m}, {@code 1 hour}, {@code 30sec}...; throws {@link FunctionException} when invalid. */
    public static TimePeriod parse(String text) {
        TimePeriod p = CACHE.get(text);
        if (p == null) {
            p = doParse(text);
            if (CACHE.size() < 10_000) {
                CACHE.put(text, p);
            }
        }
        return p;
    }

    /** A period from a value: a period string, or a number meaning milliseconds. */
    public static TimePeriod of(Value v) {
        if (v instanceof StringValue s && s.numeric().isNull()) {
            return parse(s.value());
        }
        if (Coercion.toNumber(v) instanceof LongValue l && l.value() > 0) {
            return new TimePeriod(l.value(), Unit.MILLISECOND);
        }
        throw new FunctionException("not a time period: " + (v.isNull() ? "NULL" : v.asText()));
    }

    private static TimePeriod doParse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 12) {
            throw new FunctionException("not a time period: " + text);
        }
        long amount = Long.parseLong(t.substring(0, i));
        Unit unit = unitOf(t.substring(i).strip());
        if (unit == null) {
            throw new FunctionException("unknown time unit in '" + text + "'; use ms, s, m, h, d, w, mo, q or y");
        }
        return new TimePeriod(unit.cap > 0 ? Math.min(amount, unit.cap) : amount, unit);
    }

    private static Unit unitOf(String u) {
        return switch (u) {
            case "ms", "msec", "msecs", "millisecond", "milliseconds" -> Unit.MILLISECOND;
            case "s", "sec", "secs", "second", "seconds" -> Unit.SECOND;
            case "m", "min", "mins", "minute", "minutes" -> Unit.MINUTE;
            case "h", "hr", "hrs", "hour", "hours" -> Unit.HOUR;
            case "d", "day", "days" -> Unit.DAY;
            case "w", "week", "weeks" -> Unit.WEEK;
            case "mo", "mon", "mons", "month", "months" -> Unit.MONTH;
            case "q", "qtr", "qtrs", "quarter", "quarters" -> Unit.QUARTER;
            case "y", "yr", "yrs", "year", "years" -> Unit.YEAR;
            default -> null;
        };
    }

    /** The start of the bucket containing {@code epochMillis}. */
    public long floor(long epochMillis) {
        if (unit.millis > 0) {
            long size = unit.millis * amount;
            return Math.floorDiv(epochMillis, size) * size;
        }
        long months = calendarMonths();
        LocalDate d = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate();
        long index = (d.getYear() - 1970L) * 12 + d.getMonthValue() - 1;
        return monthStart(Math.floorDiv(index, months) * months);
    }

    /** The smallest bucket boundary at or after {@code epochMillis}. */
    public long ceil(long epochMillis) {
        long f = floor(epochMillis);
        if (f == epochMillis) {
            return f;
        }
        if (unit.millis > 0) {
            return f + unit.millis * amount;
        }
        LocalDate d = Instant.ofEpochMilli(f).atZone(ZoneOffset.UTC).toLocalDate();
        long index = (d.getYear() - 1970L) * 12 + d.getMonthValue() - 1;
        return monthStart(index + calendarMonths());
    }

    private long calendarMonths() {
        return amount * switch (unit) {
            case QUARTER -> 3;
            case YEAR -> 12;
            default -> 1;
        };
    }

    private static long monthStart(long monthIndex) {
        LocalDate first = LocalDate.of(1970, 1, 1).plusMonths(monthIndex);
        return first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
