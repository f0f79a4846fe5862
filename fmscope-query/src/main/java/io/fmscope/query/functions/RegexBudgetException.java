package io.fmscope.query.functions;

/** A regex used more steps than its budget on one input: catastrophic backtracking, stopped instead of hanging. */
public final class RegexBudgetException extends FunctionException {
    private static final long serialVersionUID = 1L;

    public RegexBudgetException(String pattern, int inputLength, long budget) {
        super("regex /" + pattern + "/ gave up after " + budget + " steps on an input of " + inputLength
                + " characters (catastrophic backtracking); simplify the pattern");
    }
}
