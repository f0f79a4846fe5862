package io.fmscope.query.mining;

import io.fmscope.patterns.PatternToken;
import io.fmscope.patterns.Template;
import java.util.Locale;
import java.util.Set;

/**
 * {@code @severityLabel}: Error, Warning, Info, Debug or Unknown, read from the template's constant tokens only
 * (variable values differ between lines). First rule that applies:
 * <ol>
 *   <li>a <b>level token</b>: the first constant token that, without brackets, punctuation and a {@code key=}
 *       or {@code key:} prefix, is a level name (any case): {@code ERROR}, {@code [WARN]}, {@code level=info};</li>
 *   <li>an <b>error word</b> anywhere (any case): error, errors, exception, fatal, fail, failed, failure, panic,
 *       traceback, critical; or a camel-case word ending in {@code Error}/{@code Exception}
 *       ({@code ThrottlingException}, {@code ConnectionError});</li>
 *   <li>a <b>warning word</b>: warn, warning, deprecated, retry, retrying, throttled, throttling;</li>
 *   <li>otherwise Unknown.</li>
 * </ol>
 */
public final class Severity {
    private static final Set<String> ERROR_LEVELS = Set.of("error", "err", "fatal", "critical", "crit", "severe",
            "emerg", "panic");
    private static final Set<String> WARNING_LEVELS = Set.of("warn", "warning");
    private static final Set<String> INFO_LEVELS = Set.of("info", "information", "notice");
    private static final Set<String> DEBUG_LEVELS = Set.of("debug", "trace", "fine", "finer", "finest", "verbose");
    private static final Set<String> ERROR_WORDS = Set.of("error", "errors", "exception", "fatal", "fail", "failed",
            "failure", "panic", "traceback", "critical");
    private static final Set<String> WARNING_WORDS = Set.of("warn", "warning", "deprecated", "retry", "retrying",
            "throttled", "throttling");

    private Severity() {}

    public static String of(Template template) {
        for (PatternToken t : template.tokens()) {
            if (t.dynamic()) continue;
            String level = level(bare(t.text()));
            if (level != null) return level;
        }
        boolean warning = false;
        for (PatternToken t : template.tokens()) {
            if (t.dynamic()) continue;
            for (String word : t.text().split("[^\\p{L}]+")) {
                String w = word.toLowerCase(Locale.ROOT);
                if (ERROR_WORDS.contains(w) || word.endsWith("Exception") || word.endsWith("Error")) {
                    return "Error";
                }
                warning |= WARNING_WORDS.contains(w);
            }
        }
        return warning ? "Warning" : "Unknown";
    }

    private static String level(String word) {
        if (ERROR_LEVELS.contains(word)) return "Error";
        if (WARNING_LEVELS.contains(word)) return "Warning";
        if (INFO_LEVELS.contains(word)) return "Info";
        if (DEBUG_LEVELS.contains(word)) return "Debug";
        return null;
    }

    /** The token without surrounding punctuation and a {@code key=}/{@code key:} prefix, in lower case. */
    static String bare(String token) {
        String s = token;
        int sep = Math.max(s.indexOf('='), s.indexOf(':'));
        if (sep > 0 && sep < s.length() - 1) s = s.substring(sep + 1);
        int a = 0;
        int b = s.length();
        while (a < b && !Character.isLetter(s.charAt(a))) a++;
        while (b > a && !Character.isLetter(s.charAt(b - 1))) b--;
        return s.substring(a, b).toLowerCase(Locale.ROOT);
    }
}
