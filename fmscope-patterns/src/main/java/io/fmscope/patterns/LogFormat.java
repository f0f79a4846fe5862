package io.fmscope.patterns;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Loghub header format such as {@code <Date> <Time> <Level>: <Content>}, turned into a regex the way
 * logparser's {@code generate_logformat_regex} does: each {@code <Field>} becomes a lazy named group,
 * each run of spaces {@code \s+}, other text stays regex syntax, anchored at both ends.
 */
public final class LogFormat {
    private static final Pattern FIELD = Pattern.compile("<([A-Za-z0-9]+)>");
    private final String format;
    private final Pattern regex;

    public LogFormat(String format) {
        this.format = format;
        StringBuilder sb = new StringBuilder("^");
        Matcher m = FIELD.matcher(format);
        int last = 0;
        boolean content = false;
        while (m.find()) {
            sb.append(format.substring(last, m.start()).replaceAll(" +", "\\\\s+"));
            sb.append("(?<").append(m.group(1)).append(">.*?)");
            content |= m.group(1).equals("Content");
            last = m.end();
        }
        sb.append(format.substring(last).replaceAll(" +", "\\\\s+")).append('$');
        if (!content) throw new IllegalArgumentException("log format has no <Content> field: " + format);
        this.regex = Pattern.compile(sb.toString());
    }

    /** The {@code Content} field of a line (stripped as Python's {@code str.strip} does), or empty if it does not match. */
    public Optional<String> content(String line) {
        Matcher m = regex.matcher(line.strip());
        return m.find() ? Optional.of(m.group("Content")) : Optional.empty();
    }

    public String format() {
        return format;
    }

    @Override public String toString() {
        return format;
    }
}
