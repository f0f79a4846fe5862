package io.fmscope.query.functions;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * strftime formats ({@code %Y-%m-%d}) translated once into java.time formatters, for {@code formatDate}.
 * Supported: %Y %y %m %d %e %H %I %M %S %L (ms) %f (µs) %p %j %a %A %b %h %B %Z %z %s (epoch s) %F %T %D %%.
 * An unknown directive stays literal.
 */
final class Strftime {
    private static final Map<String, DateTimeFormatter> CACHE = new ConcurrentHashMap<>();
    private static final Map<Character, String> DIRECTIVES = Map.ofEntries(
            Map.entry('Y', "uuuu"), Map.entry('y', "uu"), Map.entry('m', "MM"), Map.entry('d', "dd"),
            Map.entry('e', "ppd"), Map.entry('H', "HH"), Map.entry('I', "hh"), Map.entry('M', "mm"),
            Map.entry('S', "ss"), Map.entry('L', "SSS"), Map.entry('f', "SSSSSS"), Map.entry('p', "a"),
            Map.entry('j', "DDD"), Map.entry('a', "EEE"), Map.entry('A', "EEEE"), Map.entry('b', "MMM"),
            Map.entry('h', "MMM"), Map.entry('B', "MMMM"), Map.entry('Z', "zzz"), Map.entry('z', "xx"),
            Map.entry('F', "uuuu-MM-dd"), Map.entry('T', "HH:mm:ss"), Map.entry('D', "MM/dd/uu"));

    private Strftime() {
    }

    static DateTimeFormatter formatter(String strftime) {
        DateTimeFormatter f = CACHE.get(strftime);
        if (f == null) {
            f = build(strftime);
            if (CACHE.size() < 1000) {
                CACHE.put(strftime, f);
            }
        }
        return f;
    }

    private static DateTimeFormatter build(String s) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%' || i + 1 == s.length()) {
                literal.append(c);
                continue;
            }
            char d = s.charAt(++i);
            String pattern = DIRECTIVES.get(d);
            if (d == '%') {
                literal.append('%');
            } else if (d == 's' || pattern != null) {
                flush(b, literal);
                if (d == 's') {
                    b.appendValue(ChronoField.INSTANT_SECONDS);
                } else {
                    b.appendPattern(pattern);
                }
            } else {
                literal.append('%').append(d);
            }
        }
        flush(b, literal);
        return b.toFormatter(Locale.ENGLISH);
    }

    private static void flush(DateTimeFormatterBuilder b, StringBuilder literal) {
        if (!literal.isEmpty()) {
            b.appendLiteral(literal.toString());
            literal.setLength(0);
        }
    }
}
