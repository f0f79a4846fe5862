package io.fmscope.query.exec;

import io.fmscope.query.ast.ParsePattern;
import io.fmscope.query.functions.RegexBudgetException;
import io.fmscope.query.functions.SafeRegex;
import io.fmscope.query.regex.JavaRegex;
import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.Value;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code parse}: glob or regex extraction into string fields (docs/query/semantics.md). Glob: an unanchored search
 * where each {@code *} takes the shortest text up to the next literal, and a {@code *} that ends the pattern
 * takes the rest of the value, line breaks included. Regex: an unanchored search; each named group that took part
 * sets its field. On no match (or an empty source) the row is left as it was, so fields stay absent.
 */
final class ParseOperator implements Operator {
    private final Operator input;
    private final Eval source;
    private final SafeRegex regex;
    private final String[] groups;
    private final String[] names;
    private final ExecContext ctx;

    ParseOperator(Operator input, Eval source, ParsePattern pattern, List<String> names, ExecContext ctx) {
        this.input = input;
        this.source = source;
        this.names = names.toArray(String[]::new);
        this.ctx = ctx;
        this.groups = new String[this.names.length];
        switch (pattern) {
            case ParsePattern.Glob g -> {
                this.regex = SafeRegex.compile(globToRegex(g.pattern()));
                for (int i = 0; i < groups.length; i++) groups[i] = "g" + (i + 1);
            }
            case ParsePattern.Regex r -> {
                this.regex = SafeRegex.compile(JavaRegex.translate(r.source()).javaSource());
                for (int i = 0; i < groups.length; i++) groups[i] = JavaRegex.internalName(i);
            }
        }
    }

    /** {@code [*] *} becomes {@code (?s)\Q[\E(?<g1>.*?)\Q] \E(?<g2>.*)}. */
    static String globToRegex(String glob) {
        StringBuilder re = new StringBuilder("(?s)");
        int group = 0;
        int from = 0;
        for (int i = 0; i <= glob.length(); i++) {
            if (i == glob.length() || glob.charAt(i) == '*') {
                if (i > from) re.append(Pattern.quote(glob.substring(from, i)));
                if (i < glob.length()) re.append("(?<g").append(++group).append('>')
                        .append(i == glob.length() - 1 ? ".*)" : ".*?)");
                from = i + 1;
            }
        }
        return re.toString();
    }

    @Override
    public Row next() {
        Row r = input.next();
        if (r == null) return null;
        String text = Coercion.toText(source.eval(r));
        if (text == null) return r;
        try {
            Matcher m = regex.matcher(text);
            if (!m.find()) return r;
            for (int i = 0; i < names.length; i++) {
                String captured = m.group(groups[i]);
                if (captured != null) r.set(names[i], Value.of(captured));
            }
        } catch (RegexBudgetException e) {
            ctx.regexGaveUp();
        }
        return r;
    }
}
