package io.fmscope.query.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Translates a Logs Insights regex (Hyperscan/RE2 flavour) into a Java {@link Pattern}. Java only accepts group
 * names matching {@code [A-Za-z][A-Za-z0-9]*}, so every named group, {@code (?<user_id>...)} and RE2's
 * {@code (?P<name>...)} alike, is renamed to an internal {@code fmsgN} and {@link #groupNames()} maps back.
 *
 * @param javaSource the pattern text given to {@link Pattern#compile}
 * @param groupNames the query's group names, in order of appearance
 */
public record JavaRegex(String javaSource, List<String> groupNames) {
    public JavaRegex {
        groupNames = List.copyOf(groupNames);
    }

    /** The Java group name standing for the i-th named group (0-based). */
    public static String internalName(int i) {
        return "fmsg" + i;
    }

    /**
     * Rewrites named groups. Throws {@link IllegalArgumentException} for a duplicate or empty group name; the
     * result may still fail {@link Pattern#compile}, which {@link #compile()} reports.
     */
    public static JavaRegex translate(String source) {
        StringBuilder out = new StringBuilder(source.length() + 8);
        List<String> names = new ArrayList<>();
        boolean inClass = false;
        int i = 0;
        while (i < source.length()) {
            char ch = source.charAt(i);
            if (ch == '\\' && i + 1 < source.length()) {
                out.append(ch).append(source.charAt(i + 1));
                i += 2;
                continue;
            }
            if (inClass) {
                if (ch == ']') inClass = false;
                out.append(ch);
                i++;
                continue;
            }
            if (ch == '[') {
                inClass = true;
                out.append(ch);
                i++;
                if (i < source.length() && source.charAt(i) == '^') out.append(source.charAt(i++));
                if (i < source.length() && source.charAt(i) == ']') out.append(source.charAt(i++));
                continue;
            }
            int nameStart = namedGroupStart(source, i);
            if (nameStart > 0) {
                int close = source.indexOf('>', nameStart);
                if (close < 0) throw new IllegalArgumentException("unterminated group name at offset " + i);
                String name = source.substring(nameStart, close);
                if (name.isEmpty()) throw new IllegalArgumentException("empty group name at offset " + i);
                if (names.contains(name)) throw new IllegalArgumentException("duplicate group name '" + name + "'");
                out.append("(?<").append(internalName(names.size())).append('>');
                names.add(name);
                i = close + 1;
                continue;
            }
            out.append(ch);
            i++;
        }
        return new JavaRegex(out.toString(), names);
    }

    /** Offset of the name in {@code (?<name>} or {@code (?P<name>} at {@code i}, or -1 (lookbehinds excluded). */
    private static int namedGroupStart(String s, int i) {
        if (!s.startsWith("(?", i)) return -1;
        int j = i + 2;
        if (j < s.length() && s.charAt(j) == 'P') j++;
        if (j >= s.length() || s.charAt(j) != '<') return -1;
        if (j + 1 < s.length() && (s.charAt(j + 1) == '=' || s.charAt(j + 1) == '!')) return -1;
        return j + 1;
    }

    public Pattern compile() {
        return Pattern.compile(javaSource);
    }
}
