package io.fmscope.query.functions;

import static io.fmscope.query.functions.FunctionSpec.scalar;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.TimeText;
import io.fmscope.query.value.Value;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** bin, datefloor, dateceil, fromMillis, toMillis, now, parseDate, formatDate/strftime. All in UTC by default. */
final class DateFunctions {
    private static final Map<String, DateTimeFormatter> PATTERNS = new ConcurrentHashMap<>();
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    private DateFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                scalar("bin", 1, 1, "bin(period)", "@timestamp floored to the period (e.g. 5m), a timestamp",
                        (c, a) -> bucket(c.timestamp(), a[0], false)),
                scalar("datefloor", 2, 2, "datefloor(ts, period)", "ts floored to the period, a timestamp",
                        (c, a) -> bucket(a[0], a[1], false)),
                scalar("dateceil", 2, 2, "dateceil(ts, period)", "ts rounded up to the period, a timestamp",
                        (c, a) -> bucket(a[0], a[1], true)),
                scalar("fromMillis", 1, 1, "fromMillis(n)", "the timestamp n epoch milliseconds denote",
                        (c, a) -> fromMillis(a[0])),
                scalar("toMillis", 1, 1, "toMillis(ts)", "epoch milliseconds of a timestamp",
                        (c, a) -> millis(a[0])),
                scalar("now", 0, 0, "now()", "epoch seconds when the query started",
                        (c, a) -> LongValue.of(Math.floorDiv(c.nowMillis(), 1000L))),
                scalar("parseDate", 2, 3, "parseDate(s, pattern[, tz])",
                        "epoch ms of s read with a java.time pattern; zone-less text in tz (default UTC)",
                        (c, a) -> parseDate(a)),
                scalar("formatDate", 2, 3, "formatDate(ts, format[, tz])", "ts as text in a strftime format",
                        (c, a) -> formatDate(a)),
                scalar("strftime", 2, 3, "strftime(ts, format[, tz])", "alias of formatDate",
                        (c, a) -> formatDate(a)));
    }

    private static Value bucket(Value ts, Value period, boolean up) {
        TimePeriod p = TimePeriod.of(period);
        long t = Coercion.toEpochMillis(ts);
        if (t == TimeText.NO_TIME) {
            return Value.NULL;
        }
        return Value.timestamp(up ? p.ceil(t) : p.floor(t));
    }

    private static Value fromMillis(Value v) {
        Value n = Coercion.toNumber(v);
        return n.isNull() ? Value.NULL : Value.timestamp(Args.integer(n, 0));
    }

    private static Value millis(Value v) {
        long t = Coercion.toEpochMillis(v);
        return t == TimeText.NO_TIME ? Value.NULL : LongValue.of(t);
    }

    private static Value parseDate(Value[] a) {
        String s = Args.text(a[0]);
        String pattern = Args.text(a[1]);
        if (pattern == null) {
            throw new FunctionException("parseDate needs a date pattern");
        }
        ZoneId zone = a.length > 2 ? zone(a[2]) : ZoneOffset.UTC;
        if (s == null) {
            return Value.NULL;
        }
        DateTimeFormatter f = PATTERNS.computeIfAbsent(pattern, DateFunctions::pattern);
        try {
            return LongValue.of(resolve(f.parse(s), zone));
        } catch (DateTimeException e) {
            return Value.NULL;
        }
    }

    private static DateTimeFormatter pattern(String p) {
        try {
            return DateTimeFormatter.ofPattern(p, Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            throw new FunctionException("invalid date pattern '" + p + "': " + e.getMessage(), e);
        }
    }

    /** Instant if the text carries one; else its date and time (midnight when absent) in the zone it names or tz. */
    private static long resolve(TemporalAccessor t, ZoneId zone) {
        if (t.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(t).toEpochMilli();
        }
        LocalDate date = LocalDate.from(t);
        LocalTime time = t.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(t) : LocalTime.MIDNIGHT;
        ZoneId z = t.isSupported(ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)) : zone;
        return LocalDateTime.of(date, time).atZone(z).toInstant().toEpochMilli();
    }

    private static Value formatDate(Value[] a) {
        String fmt = Args.text(a[1]);
        if (fmt == null) {
            throw new FunctionException("formatDate needs a format");
        }
        ZoneId zone = a.length > 2 ? zone(a[2]) : ZoneOffset.UTC;
        long t = Coercion.toEpochMillis(a[0]);
        if (t == TimeText.NO_TIME) {
            return Value.NULL;
        }
        return Value.of(Strftime.formatter(fmt).format(Instant.ofEpochMilli(t).atZone(zone)));
    }

    private static ZoneId zone(Value v) {
        String id = Args.text(v);
        if (id == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZONES.computeIfAbsent(id, ZoneId::of);
        } catch (DateTimeException e) {
            throw new FunctionException("unknown time zone '" + id + "'", e);
        }
    }
}
