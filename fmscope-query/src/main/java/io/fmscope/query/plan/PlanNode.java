package io.fmscope.query.plan;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.ParsePattern;
import java.util.List;

/**
 * The logical plan: a pipeline of relational steps, each pointing at its input, {@link Scan} at the bottom.
 * Expressions are still AST {@link Expr}s (validated by the analyzer); aggregate calls inside {@code stats}
 * outputs have been replaced by fields naming their {@link AggregateCall#slot()}.
 */
public sealed interface PlanNode {

    /** Events of the selected log groups, with the fields the query reads resolved per event. */
    record Scan(SourceSpec source, List<String> fields) implements PlanNode {
        public Scan {
            fields = List.copyOf(fields);
        }
    }

    /** Keeps rows whose condition is true (NULL counts as false). */
    record Filter(PlanNode input, Expr condition) implements PlanNode {}

    /** Adds computed fields to each row, in order (a later output may read an earlier one). */
    record Compute(PlanNode input, List<NamedExpr> outputs) implements PlanNode {
        public Compute {
            outputs = List.copyOf(outputs);
        }
    }

    /** Extracts fields from {@code source} with a glob or regex; on no match the row keeps its fields. */
    record Parse(PlanNode input, Expr.Field source, ParsePattern pattern, List<String> names) implements PlanNode {
        public Parse {
            names = List.copyOf(names);
        }
    }

    /** One row per element of a list value, bound to {@code alias}. */
    record Unnest(PlanNode input, Expr list, String alias) implements PlanNode {}

    /**
     * Hash aggregation. Each group is keyed by {@code keys}; each {@link AggregateCall} folds the group's rows;
     * {@code outputs} then compute the result columns from the slots and earlier outputs.
     * {@code timestampKey} names the {@code bin()} key that also answers to {@code @timestamp}, or null.
     */
    record Aggregate(PlanNode input, List<NamedExpr> keys, List<AggregateCall> calls, List<NamedExpr> outputs,
                     String timestampKey) implements PlanNode {
        public Aggregate {
            keys = List.copyOf(keys);
            calls = List.copyOf(calls);
            outputs = List.copyOf(outputs);
        }
    }

    /** Orders rows; {@code implicit} marks the default orders the planner adds (see docs/query/semantics.md). */
    record Sort(PlanNode input, List<Key> keys, boolean implicit) implements PlanNode {
        public Sort {
            keys = List.copyOf(keys);
        }

        public record Key(Expr expr, boolean descending) {}
    }

    record Limit(PlanNode input, long count, boolean any) implements PlanNode {}

    /** Keeps the first row per distinct combination of the fields; rows with a NULL among them are all kept. */
    record Dedup(PlanNode input, List<Expr.Field> fields) implements PlanNode {
        public Dedup {
            fields = List.copyOf(fields);
        }
    }

    /**
     * The template-mining steps ({@link PatternNode}, {@link AnomalyNode}). Each has one input, so a rewrite that
     * only needs to reach the scan handles the family in one case with {@link #withInput}.
     */
    sealed interface Mining extends PlanNode permits PatternNode, AnomalyNode {
        PlanNode input();

        /** The same step over another input. */
        Mining withInput(PlanNode input);
    }

    /** The result columns, in order. */
    record Project(PlanNode input, List<String> columns) implements PlanNode {
        public Project {
            columns = List.copyOf(columns);
        }
    }

    /** A named expression: a computed field or a result column. */
    record NamedExpr(String name, Expr expr) {}

    /** One aggregate function application; {@code args} are the call's arguments (count(*) has none). */
    record AggregateCall(String slot, String function, List<Expr> args) {
        public AggregateCall {
            args = List.copyOf(args);
        }
    }
}
