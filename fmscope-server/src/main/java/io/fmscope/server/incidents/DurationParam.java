package io.fmscope.server.incidents;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A duration in a query parameter: a positive number and a unit ({@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}). */
final class DurationParam {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");

    private DurationParam() {}

    static Duration parse(String name, String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches())
            throw new IllegalArgumentException(name + " must be a duration such as 30s, 15m, 1h or 2d, not '" + text + "'");
        double v = Double.parseDouble(m.group(1));
        double millis = v * switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1e3;
            case "m" -> 60e3;
            case "h" -> 3600e3;
            default -> 86_400e3;
        };
        if (millis < 1) throw new IllegalArgumentException(name + " must be at least 1ms, not '" + text + "'");
        return Duration.ofMillis(Math.round(millis));
    }
}
