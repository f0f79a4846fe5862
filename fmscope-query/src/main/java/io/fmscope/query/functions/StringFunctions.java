package io.fmscope.query.functions;

import static io.fmscope.query.functions.FunctionSpec.VARIADIC;
import static io.fmscope.query.functions.FunctionSpec.scalar;

import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;

import java.util.List;
import java.util.Locale;

/**
 * concat, trims, strlen, case, substr, replace, regexReplace, strcontains, startsWith, endsWith. A NULL (or map or
 * list) string argument gives NULL, except in concat, which treats it as "".
 */
final class StringFunctions {
    private StringFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                scalar("concat", 1, VARIADIC, "concat(s, ...)", "the texts joined; NULL arguments count as \"\"",
                        (c, a) -> concat(a)),
                scalar("ltrim", 1, 2, "ltrim(s[, chars])", "s without leading whitespace (or leading chars)",
                        (c, a) -> trim(a, true, false)),
                scalar("rtrim", 1, 2, "rtrim(s[, chars])", "s without trailing whitespace (or trailing chars)",
                        (c, a) -> trim(a, false, true)),
                scalar("trim", 1, 2, "trim(s[, chars])", "s without surrounding whitespace (or chars)",
                        (c, a) -> trim(a, true, true)),
                scalar("strlen", 1, 1, "strlen(s)", "length in Unicode code points", (c, a) -> strlen(a[0])),
                scalar("toupper", 1, 1, "toupper(s)", "s in upper case",
                        (c, a) -> map(a[0], s -> s.toUpperCase(Locale.ROOT))),
                scalar("tolower", 1, 1, "tolower(s)", "s in lower case",
                        (c, a) -> map(a[0], s -> s.toLowerCase(Locale.ROOT))),
                scalar("substr", 2, 3, "substr(s, start[, len])", "code points from 0-based start, len of them",
                        (c, a) -> substr(a)),
                scalar("replace", 3, 3, "replace(s, search, repl)", "every literal occurrence of search replaced",
                        (c, a) -> replace(a)),
                scalar("regexReplace", 3, 3, "regexReplace(s, regex, repl)",
                        "every regex match replaced; $1 / ${name} refer to groups",
                        (c, a) -> regexReplace(a)),
                scalar("strcontains", 2, 3, "strcontains(s, v[, caseInsensitive])", "1 if s contains v, else 0",
                        (c, a) -> contains(a)),
                scalar("startsWith", 2, 2, "startsWith(s, v)", "1 if s starts with v, else 0",
                        (c, a) -> test(a, String::startsWith)),
                scalar("endsWith", 2, 2, "endsWith(s, v)", "1 if s ends with v, else 0",
                        (c, a) -> test(a, String::endsWith)));
    }

    private static Value concat(Value[] a) {
        StringBuilder b = new StringBuilder();
        for (Value v : a) {
            String s = Args.text(v);
            if (s != null) {
                b.append(s);
            }
        }
        return Value.of(b.toString());
    }

    private static Value map(Value v, java.util.function.UnaryOperator<String> f) {
        String s = Args.text(v);
        return s == null ? Value.NULL : Value.of(f.apply(s));
    }

    private static Value trim(Value[] a, boolean left, boolean right) {
        String s = Args.text(a[0]);
        if (s == null) {
            return Value.NULL;
        }
        String chars = a.length > 1 ? Args.text(a[1]) : null;
        int start = 0;
        int end = s.length();
        while (left && start < end && strip(s.charAt(start), chars)) {
            start++;
        }
        while (right && end > start && strip(s.charAt(end - 1), chars)) {
            end--;
        }
        return Value.of(s.substring(start, end));
    }

    private static boolean strip(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) || Character.isSpaceChar(c) : chars.indexOf(c) >= 0;
    }

    private static Value strlen(Value v) {
        String s = Args.text(v);
        return s == null ? Value.NULL : LongValue.of(s.codePointCount(0, s.length()));
    }

    private static Value substr(Value[] a) {
        String s = Args.text(a[0]);
        long start = Args.integer(a[1], Long.MIN_VALUE);
        long len = a.length > 2 ? Args.integer(a[2], Long.MIN_VALUE) : Long.MAX_VALUE;
        if (s == null || start == Long.MIN_VALUE || len == Long.MIN_VALUE) {
            return Value.NULL;
        }
        int points = s.codePointCount(0, s.length());
        long from = Math.max(0, Math.min(start, points));
        long to = len < 0 ? from : Math.min(points, from + Math.min(len, points));
        int i = s.offsetByCodePoints(0, (int) from);
        int j = s.offsetByCodePoints(i, (int) (to - from));
        return Value.of(s.substring(i, j));
    }

    private static Value replace(Value[] a) {
        String s = Args.text(a[0]);
        String search = Args.text(a[1]);
        String repl = Args.text(a[2]);
        if (s == null || search == null) {
            return s == null ? Value.NULL : a[0];
        }
        return Value.of(search.isEmpty() ? s : s.replace(search, repl == null ? "" : repl));
    }

    private static Value regexReplace(Value[] a) {
        String s = Args.text(a[0]);
        String re = Args.text(a[1]);
        String repl = Args.text(a[2]);
        if (re == null) {
            throw new FunctionException("regexReplace needs a regex");
        }
        SafeRegex regex = SafeRegex.compile(re);
        return s == null ? Value.NULL : Value.of(regex.replaceAll(s, repl == null ? "" : repl));
    }

    private static Value contains(Value[] a) {
        String s = Args.text(a[0]);
        String v = Args.text(a[1]);
        if (s == null || v == null) {
            return Value.NULL;
        }
        if (a.length > 2 && a[2].truthy()) {
            return Args.bool01(s.toLowerCase(Locale.ROOT).contains(v.toLowerCase(Locale.ROOT)));
        }
        return Args.bool01(s.contains(v));
    }

    private static Value test(Value[] a, java.util.function.BiPredicate<String, String> p) {
        String s = Args.text(a[0]);
        String v = Args.text(a[1]);
        return s == null || v == null ? Value.NULL : Args.bool01(p.test(s, v));
    }
}
