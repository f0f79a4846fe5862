package io.fmscope.query.mining;

import io.fmscope.patterns.PatternToken;
import io.fmscope.patterns.TokenType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variable tokens of one pattern and their values in each of its lines ({@link TokenExtractor}); a line that
 * did not fit the template has none. Names follow the typed pattern: the n-th variable is {@code <Type-n>}.
 */
public final class TokenValues {
    /** One variable token: its name ({@code Number-2}), type, and index among all the template's tokens. */
    public record Variable(String name, TokenType type, int tokenIndex) {}

    private final List<Variable> variables;
    private final String[][] values; // [line of the pattern][variable], a row null when the line did not fit

    private TokenValues(List<Variable> variables, String[][] values) {
        this.variables = variables;
        this.values = values;
    }

    public static TokenValues of(MinedPattern p, List<Line> lines) {
        List<Variable> vars = new ArrayList<>();
        List<PatternToken> tokens = p.template().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            PatternToken t = tokens.get(i);
            if (t.dynamic()) vars.add(new Variable(t.type().displayName() + "-" + (vars.size() + 1), t.type(), i));
        }
        String[][] values = new String[p.count()][];
        if (!vars.isEmpty()) {
            TokenExtractor extractor = new TokenExtractor(p.template());
            for (int k = 0; k < values.length; k++) values[k] = extractor.values(lines.get(p.lines()[k]).text());
        }
        return new TokenValues(List.copyOf(vars), values);
    }

    public List<Variable> variables() {
        return variables;
    }

    /** The value of variable {@code v} in the pattern's {@code k}-th line, or null. */
    public String value(int k, int v) {
        String[] row = values[k];
        return row == null ? null : row[v];
    }

    /** The {@code max} most frequent values of variable {@code v} with their counts (ties by text). */
    public Map<String, Long> top(int v, int max) {
        Map<String, Long> counts = new HashMap<>();
        for (String[] row : values) if (row != null) counts.merge(row[v], 1L, Long::sum);
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
