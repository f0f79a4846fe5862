package io.fmscope.storage.duckdb.differential;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for Logs Insights queries over {@link RandomFixture}'s fields: optional {@code fields} with
 * computed names, up to two filters (comparisons with every kind of literal, {@code like} with text and regexes,
 * {@code in}, {@code and}/{@code or}/{@code not}, functions left to the reference), then a {@code stats} with
 * keys, {@code bin} and a sort and limit, or event rows with a sort and limit, or a command only the reference
 * runs ({@code dedup}, {@code parse}, {@code display}). Both what SQL can take and what it must refuse come up.
 */
final class RandomQueries {
    private static final String[] FIELDS = {"n", "d", "s", "b", "m", "o.x", "o.y", "arr.0", "arr.1", "missing",
        "@timestamp", "@logStream", "@message", "nn", "dd"};
    private static final String[] NUMERIC = {"n", "d", "o.x", "arr.0", "arr.1", "m", "b", "@timestamp", "missing",
        "nn", "dd", "s"};

    private RandomQueries() {
    }

    static Arbitrary<String> queries() {
        Arbitrary<String> fields = Arbitraries.of("", "fields n, d, s | ", "fields n * 2 as nn, d as dd, s | ",
                "fields n + d as dd, n as nn | ");
        Arbitrary<String> filters = condition().map(c -> "filter " + c + " | ").list().ofMaxSize(2)
                .map(l -> String.join("", l));
        Arbitrary<String> tail = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, stats()), net.jqwik.api.Tuple.of(3, rows()), net.jqwik.api.Tuple.of(1, other()));
        return Combinators.combine(fields, filters, tail).as((f, c, t) -> f + c + t);
    }

    private static Arbitrary<String> literal() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-5, 20).map(String::valueOf),
                Arbitraries.of("2.5", "-1.25", "0.0", "1e1", "-0"),
                Arbitraries.of(RandomFixture.STRINGS).map(s -> "\"" + s + "\""),
                Arbitraries.of("\"10\"", "\"-2.5\"", "\"2024-05-01T01:00:00Z\"", "\"2024-05-01 02:00:00.000\""));
    }

    private static Arbitrary<String> atom() {
        Arbitrary<String> op = Arbitraries.of("=", "!=", "<", "<=", ">", ">=");
        Arbitrary<String> compare = Combinators.combine(Arbitraries.of(FIELDS), op, literal())
                .as((f, o, l) -> f + " " + o + " " + l);
        Arbitrary<String> twoFields = Combinators.combine(Arbitraries.of(FIELDS), op, Arbitraries.of(FIELDS))
                .as((f, o, g) -> f + " " + o + " " + g);
        Arbitrary<String> like = Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.of("like \"a\"", "like \"1\"",
                "like /a/", "=~ /^a/", "like /a.b/", "not like \"b\"", "like /\\./", "like \"\"", "like /(?i)A/"))
                .as((f, l) -> f + " " + l);
        Arbitrary<String> in = Combinators.combine(Arbitraries.of(FIELDS), literal(), literal(), Arbitraries.of("in", "not in"))
                .as((f, a, b, k) -> f + " " + k + " [" + a + ", " + b + "]");
        Arbitrary<String> calls = Arbitraries.of("ispresent(s)", "strlen(s) > 1", "abs(n) > 3", "isempty(s)",
                "b", "n", "not b", "s");
        Arbitrary<String> arithmetic = Combinators.combine(Arbitraries.of(NUMERIC), Arbitraries.of("+", "-", "*", "/"),
                Arbitraries.of(NUMERIC), op, literal()).as((a, x, b, o, l) -> a + " " + x + " " + b + " " + o + " " + l);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, compare), net.jqwik.api.Tuple.of(1, twoFields),
                net.jqwik.api.Tuple.of(2, like), net.jqwik.api.Tuple.of(2, in), net.jqwik.api.Tuple.of(1, calls),
                net.jqwik.api.Tuple.of(2, arithmetic));
    }

    private static Arbitrary<String> condition() {
        Arbitrary<String> atom = atom();
        return Arbitraries.oneOf(atom, atom.map(a -> "not (" + a + ")"),
                Combinators.combine(atom, Arbitraries.of(" and ", " or "), atom).as((a, o, b) -> a + o + b),
                Combinators.combine(atom, atom, atom).as((a, b, c) -> "(" + a + " or " + b + ") and " + c));
    }

    private static Arbitrary<String> stats() {
        Arbitrary<String> agg = Arbitraries.oneOf(Arbitraries.of("count(*)", "count()"),
                Combinators.combine(Arbitraries.of("count", "count_distinct", "sum", "avg", "min", "max", "stddev",
                        "earliest", "sortsFirst"), Arbitraries.of(NUMERIC)).as((f, x) -> f + "(" + x + ")"),
                Combinators.combine(Arbitraries.of("pct", "percentile"), Arbitraries.of(NUMERIC),
                        Arbitraries.of("0", "1", "7", "50", "90", "99", "99.9", "100")).as((f, x, p) -> f + "(" + x + ", " + p + ")"));
        Arbitrary<String> aggs = agg.list().ofMinSize(1).ofMaxSize(3).map(l -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(l.get(i)).append(" as a").append(i);
            }
            return b.toString();
        });
        Arbitrary<String> keys = Arbitraries.of("s", "n", "b", "m", "o.y", "bin(30m)", "bin(1h)", "n * 2", "@logStream",
                "d", "missing").list().uniqueElements().ofMaxSize(2).map(l -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? " by " : ", ").append(l.get(i)).append(" as k").append(i);
            }
            return b.toString();
        });
        Arbitrary<String> sort = Arbitraries.of("", " | sort a0 desc", " | sort a0 asc", " | sort k0 desc",
                " | sort a0 desc, k0 asc");
        Arbitrary<String> limit = Arbitraries.of("", " | limit 1", " | limit 3", " | limit 6");
        return Combinators.combine(aggs, keys, sort, limit).as((a, k, s, l) -> "stats " + a + k
                + (k.isEmpty() && s.contains("k0") ? "" : s) + l);
    }

    private static Arbitrary<String> rows() {
        Arbitrary<String> columns = Arbitraries.of(FIELDS).list().uniqueElements().ofMinSize(1).ofMaxSize(4)
                .map(l -> "fields " + String.join(", ", l));
        Arbitrary<String> sort = Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.of("asc", "desc"))
                .as((f, d) -> " | sort " + f + " " + d);
        Arbitrary<String> sorts = Arbitraries.oneOf(Arbitraries.just(""), sort,
                Combinators.combine(sort, Arbitraries.of(FIELDS)).as((s, f) -> s + ", " + f + " asc"));
        return Combinators.combine(columns, sorts, Arbitraries.of("", " | limit 1", " | limit 5", " | limit 40"))
                .as((c, s, l) -> c + s + l);
    }

    private static Arbitrary<String> other() {
        return Arbitraries.of("fields s, n | dedup s", "display n, s", "parse @message \"n=*\" as pn | fields pn, n",
                "fields n | limit 5", "stats count(*) as c by s | filter c > 2", "stats sum(n) as t by bin(1h) | sort t desc");
    }
}
