package io.fmscope.patterns;

import java.util.List;

/**
 * A mined template: an immutable snapshot taken from a {@link TemplateMiner}.
 *
 * @param id             stable id, kept across restarts through {@link TemplateStore}
 * @param pattern        the template text with every variable value written {@code <*>}
 * @param tokens         the tokens, constant or dynamic, with their types
 * @param count          lines assigned to it so far
 * @param samples        the first few distinct lines assigned to it
 * @param variableLength whether lines with a different number of tokens joined it
 */
public record Template(long id, String pattern, List<PatternToken> tokens, long count, List<String> samples,
                       boolean variableLength) {
    /** Id of the overflow bucket that counts the lines of evicted templates. */
    public static final long OVERFLOW_ID = 0;

    public Template {
        tokens = List.copyOf(tokens);
        samples = List.copyOf(samples);
    }

    /** The pattern with CloudWatch-style typed tokens, e.g. {@code connect from <IPAddress-1> port <Number-2>}. */
    public String typedPattern() {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            PatternToken t = tokens.get(i);
            if (i > 0 && !t.glued()) sb.append(' ');
            if (t.dynamic()) sb.append(t.text().replace(Cluster.HOLE, "<" + t.type().displayName() + "-" + ++n + ">"));
            else sb.append(t.text());
        }
        return sb.toString();
    }

    static Template of(Cluster c) {
        PatternToken[] tokens = new PatternToken[c.size()];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) {
            String text = c.keyText(i);
            tokens[i] = new PatternToken(text, c.types[i], c.glued[i]);
            if (i > 0 && !c.glued[i]) sb.append(' ');
            sb.append(text);
        }
        return new Template(c.id, sb.toString(), List.of(tokens), c.count, c.samples, c.variableLength);
    }
}
