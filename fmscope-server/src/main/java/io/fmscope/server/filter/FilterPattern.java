package io.fmscope.server.filter;

import io.fmscope.server.api.ApiException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A CloudWatch Logs filter pattern (FilterLogEvents, metric and subscription filters). Four forms, told apart
 * by the first character: {@code { ... }} JSON conditions, {@code [ ... ]} space-delimited fields,
 * {@code % ... %} a regular expression, anything else a list of terms. The empty pattern matches everything.
 */
public sealed interface FilterPattern permits TermPattern, JsonPattern, SpaceDelimitedPattern, FilterPattern.Regex {

    boolean matches(String message);

    /** Parses {@code text}; an invalid pattern is the client's InvalidParameterException. */
    static FilterPattern parse(String text) {
        String t = text.strip();
        try {
            if (t.startsWith("{")) {
                return JsonPatternParser.parse(t);
            }
            if (t.startsWith("[")) {
                return SpaceDelimitedPattern.parse(t);
            }
            if (t.length() >= 2 && t.startsWith("%") && t.endsWith("%")) {
                return new Regex(Pattern.compile(t.substring(1, t.length() - 1)));
            }
            return TermPattern.parse(t);
        } catch (IllegalArgumentException e) { // PatternSyntaxException included
            throw ApiException.invalidParameter("Invalid filter pattern: " + messageOf(e));
        }
    }

    private static String messageOf(IllegalArgumentException e) {
        return e instanceof PatternSyntaxException p ? p.getDescription() : e.getMessage();
    }

    /** {@code %regex%}: the message contains a match. */
    record Regex(Pattern pattern) implements FilterPattern {
        @Override public boolean matches(String message) {
            return pattern.matcher(message).find();
        }
    }
}
