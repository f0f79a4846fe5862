package io.fmscope.query.exec;

import io.fmscope.query.analyzer.Warning;
import io.fmscope.query.value.Value;
import java.util.List;

/**
 * What a query returned: columns, rows (one value per column, {@link Value#NULL} for an absent field), whether
 * rows were cut by the row cap, counters, and the analyzer's warnings.
 */
public record QueryResult(List<String> columns, List<List<Value>> rows, boolean truncated, Statistics statistics,
                          List<Warning> warnings) {
    public QueryResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param recordsScanned events read from the source
     * @param recordsMatched events that passed the filters before the first stats, sort, dedup or limit
     * @param bytesScanned   characters of the messages read
     * @param regexGaveUp    evaluations where a regex hit its step budget and counted as no match
     */
    public record Statistics(long recordsScanned, long recordsMatched, long bytesScanned, long regexGaveUp) {}

    /** The value of {@code column} in row {@code i}. */
    public Value value(int i, String column) {
        int c = columns.indexOf(column);
        if (c < 0) throw new IllegalArgumentException("no column " + column + " in " + columns);
        return rows.get(i).get(c);
    }
}
