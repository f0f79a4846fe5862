package io.fmscope.query.mining;

import io.fmscope.patterns.Template;

/**
 * One template and the lines it got.
 *
 * @param template the miner's template
 * @param lines    indices into the mined (sorted) lines, ascending, so in time order
 * @param first    time of its first line
 * @param last     time of its last line
 */
public record MinedPattern(Template template, int[] lines, long first, long last) {
    public int count() {
        return lines.length;
    }

    /** The pattern as shown: variables as typed tokens such as {@code <Number-1>}. */
    public String text() {
        return template.typedPattern();
    }
}
