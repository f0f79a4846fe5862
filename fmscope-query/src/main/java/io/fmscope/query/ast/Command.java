package io.fmscope.query.ast;

import java.util.List;

/** Pipeline commands. A new command fails to compile until every stage's exhaustive switch handles it. */
public sealed interface Command {
    Span span();

    /** {@code fields e [as a], ...}: computes fields and marks them for display. */
    record Fields(List<Projection> items, Span span) implements Command {
        public Fields {
            items = List.copyOf(items);
        }
    }

    /** {@code display e [as a], ...}: only the last display decides the output columns. */
    record Display(List<Projection> items, Span span) implements Command {
        public Display {
            items = List.copyOf(items);
        }
    }

    /** {@code filter cond} (also written {@code where}). */
    record Filter(Expr condition, Span span) implements Command {}

    /** {@code filterIndex f = "v"} or {@code filterIndex f in [..]}: without field indexes it filters like filter. */
    record FilterIndex(Expr condition, Span span) implements Command {}

    /** {@code stats agg [as a], ... [by key [as a], ...]}. */
    record Stats(List<Projection> aggregates, List<Projection> groupBy, Span span) implements Command {
        public Stats {
            aggregates = List.copyOf(aggregates);
            groupBy = List.copyOf(groupBy);
        }
    }

    record Sort(List<SortKey> keys, Span span) implements Command {
        public Sort {
            keys = List.copyOf(keys);
        }
    }

    /** {@code limit n}, or {@code limit any n} (stop as soon as n rows matched, any order). */
    record Limit(long count, boolean any, Span span) implements Command {}

    /**
     * {@code parse [field] "glob*" as a, b} or {@code parse [field] /(?<a>..)/}. {@code source} is null when the
     * field is omitted (it then means {@code @message}); {@code aliases} is empty in regex mode.
     */
    record Parse(Expr.Field source, ParsePattern pattern, List<String> aliases, Span span) implements Command {
        public Parse {
            aliases = List.copyOf(aliases);
        }
    }

    /** {@code dedup f1, f2}: keeps the first row per distinct combination. */
    record Dedup(List<Expr.Field> fields, Span span) implements Command {
        public Dedup {
            fields = List.copyOf(fields);
        }
    }

    /** {@code unmask [f, ...]}: fmscope stores no masked data, so it only names the fields shown unmasked. */
    record Unmask(List<Expr.Field> fields, Span span) implements Command {
        public Unmask {
            fields = List.copyOf(fields);
        }
    }

    /** {@code unnest listExpr into alias}: one row per list element. */
    record Unnest(Expr list, String alias, Span span) implements Command {}

    /**
     * The template-mining commands {@code pattern}, {@code diff} and {@code anomaly} ({@link PatternCommand},
     * {@link DiffCommand}, {@link AnomalyCommand}); each carries what the generic stages need, so they handle the
     * family in one case.
     */
    sealed interface Mining extends Command permits PatternCommand, DiffCommand, AnomalyCommand {
        /** The command keyword as written canonically. */
        String keyword();

        /** The top-level expressions, for checks over every expression of a query. */
        List<Expr> exprs();

        /** A copy with every span replaced by {@link Span#NONE}. */
        Mining withoutSpans();

        /** Appends the canonical text. */
        void unparse(StringBuilder out);
    }

    /** {@code SOURCE ...}: log-group selection; only allowed before every other command. */
    record Source(List<SourceSelector> selectors, String start, String end, Span span) implements Command {
        public Source {
            selectors = List.copyOf(selectors);
        }
    }
}
