package io.fmscope.query.ast;

import java.util.List;
import java.util.Locale;

/**
 * {@code diff [previousDay|previousWeek|previousMonth]}: compares the patterns of the query's time range with those
 * of an earlier range of equal length.
 */
public record DiffCommand(Period period, Span span) implements Command.Mining {

    /** Which earlier range: the one just before ({@code diff}), or the same range a day, week or month back. */
    public enum Period {
        PREVIOUS_PERIOD(""), PREVIOUS_DAY("previousDay"), PREVIOUS_WEEK("previousWeek"),
        PREVIOUS_MONTH("previousMonth");

        private final String modifier;

        Period(String modifier) {
            this.modifier = modifier;
        }

        /** The modifier as written after {@code diff}; empty for the immediately preceding range. */
        public String modifier() {
            return modifier;
        }

        /** The period a modifier names (any letter case), or null. */
        public static Period ofModifier(String text) {
            for (Period p : values()) {
                if (!p.modifier.isEmpty() && p.modifier.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                    return p;
                }
            }
            return null;
        }
    }

    @Override
    public String keyword() {
        return "diff";
    }

    @Override
    public List<Expr> exprs() {
        return List.of();
    }

    @Override
    public DiffCommand withoutSpans() {
        return new DiffCommand(period, Span.NONE);
    }

    @Override
    public void unparse(StringBuilder out) {
        out.append("diff");
        if (period != Period.PREVIOUS_PERIOD) out.append(' ').append(period.modifier());
    }
}
