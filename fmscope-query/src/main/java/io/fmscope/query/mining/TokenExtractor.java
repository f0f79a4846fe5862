package io.fmscope.query.mining;

import io.fmscope.patterns.Template;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a template's variable tokens in one line, by matching the line against the anchored regex of
 * {@link PatternText}. A line that does not fit (one that joined a variable-length template with extra tokens)
 * gives null, and so does a match that would take more than a bounded number of steps.
 */
public final class TokenExtractor {
    private static final long BASE_STEPS = 20_000;
    private static final long STEPS_PER_CHAR = 64;

    private final Pattern pattern;
    private final int groups;

    public TokenExtractor(Template template) {
        this.pattern = Pattern.compile(PatternText.build(template, true), Pattern.DOTALL);
        this.groups = (int) template.tokens().stream().filter(t -> t.dynamic()).count();
    }

    /** The variable values in token order, or null when the line does not fit. */
    public String[] values(String line) {
        Matcher m = pattern.matcher(new Budgeted(line, BASE_STEPS + STEPS_PER_CHAR * line.length()));
        try {
            if (!m.matches()) return null;
        } catch (StepsExceeded e) {
            return null;
        }
        String[] out = new String[groups];
        for (int g = 0; g < groups; g++) out[g] = m.group(g + 1);
        return out;
    }

    private static final class StepsExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepsExceeded() {
            super(null, null, false, false);
        }
    }

    /** Counts character reads; a backtracking match that reads too much gives up. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final long[] left;

        Budgeted(String text, long budget) {
            this(text, new long[] {budget});
        }

        private Budgeted(String text, long[] left) {
            this.text = text;
            this.left = left;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) throw new StepsExceeded();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
