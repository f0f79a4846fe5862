package io.fmscope.query.functions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled regex that cannot hang the engine. Patterns are compiled once per distinct text (cache). Each match
 * reads its input through a {@link BudgetedChars} that counts character reads and throws
 * {@link RegexBudgetException} past {@code BASE_BUDGET + PER_CHAR_BUDGET * length}: linear work is always far
 * below it, exponential backtracking hits it in milliseconds. RE2's {@code (?P<name>...)} is accepted.
 */
public final class SafeRegex {
    public static final long BASE_BUDGET = 10_000_000L;
    public static final long PER_CHAR_BUDGET = 200L;
    private static final int CACHE_LIMIT = 4096;
    private static final Map<String, SafeRegex> CACHE = new ConcurrentHashMap<>();

    private final String source;
    private final Pattern pattern;

    private SafeRegex(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    /** The compiled form of {@code regex}, from the cache when seen before; FunctionException when invalid. */
    public static SafeRegex compile(String regex) {
        SafeRegex r = CACHE.get(regex);
        if (r != null) {
            return r;
        }
        try {
            r = new SafeRegex(regex, Pattern.compile(regex.replace("(?P<", "(?<")));
        } catch (PatternSyntaxException e) {
            throw new FunctionException("invalid regex /" + regex + "/: " + e.getDescription(), e);
        }
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(regex, r);
        return r;
    }

    public String source() {
        return source;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Unanchored search, as {@code like /re/} and {@code =~}. */
    public boolean find(CharSequence input) {
        return matcher(input).find();
    }

    /** A matcher whose every operation draws on one step budget for this input (for {@code parse} and groups). */
    public Matcher matcher(CharSequence input) {
        long budget = BASE_BUDGET + PER_CHAR_BUDGET * input.length();
        return pattern.matcher(new BudgetedChars(input, budget, this));
    }

    /** Every match replaced; {@code $1} and {@code ${name}} refer to groups. */
    public String replaceAll(String input, String replacement) {
        try {
            return matcher(input).replaceAll(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new FunctionException("invalid replacement '" + replacement + "' for /" + source + "/: "
                    + e.getMessage(), e);
        }
    }

    void exceeded(int length, long budget) {
        throw new RegexBudgetException(source, length, budget);
    }

    @Override
    public String toString() {
        return "/" + source + "/";
    }

    /** Counts reads; the count is shared by sub-sequences so the whole match has one budget. */
    private static final class BudgetedChars implements CharSequence {
        private final CharSequence text;
        private final long[] left;
        private final long budget;
        private final SafeRegex owner;

        BudgetedChars(CharSequence text, long budget, SafeRegex owner) {
            this(text, new long[] {budget}, budget, owner);
        }

        private BudgetedChars(CharSequence text, long[] left, long budget, SafeRegex owner) {
            this.text = text;
            this.left = left;
            this.budget = budget;
            this.owner = owner;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                owner.exceeded(text.length(), budget);
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
