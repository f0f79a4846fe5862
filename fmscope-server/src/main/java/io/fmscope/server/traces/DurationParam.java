package io.fmscope.server.traces;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations in query parameters and CLI options: a positive number and a unit, e.g. {@code 500ms}, {@code 15m}, {@code 1h}, {@code 2d}. */
public final class DurationParam {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");

    private DurationParam() {
    }

    /** Parses {@code text}; throws IllegalArgumentException naming the parameter when it is not a duration. */
    public static Duration parse(String name, String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(name + " must be a duration such as 500ms, 30s, 15m, 1h or 2d, not '" + text + "'");
        }
        double v = Double.parseDouble(m.group(1));
        double millis = switch (m.group(2)) {
            case "ms" -> v;
            case "s" -> v * 1e3;
            case "m" -> v * 60e3;
            case "h" -> v * 3600e3;
            default -> v * 86_400e3;
        };
        if (millis < 1) throw new IllegalArgumentException(name + " must be at least 1ms, not '" + text + "'");
        return Duration.ofMillis(Math.round(millis));
    }
}
