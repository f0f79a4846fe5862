package io.fmscope.query.functions;

import static io.fmscope.query.functions.FunctionSpec.aggregate;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.Value;

import java.util.List;

/** The stats functions (reference section 3.8). Every one skips NULL inputs. */
final class Aggregates {
    private Aggregates() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                aggregate("count", 0, 1, "count([f | *])", "rows where f is present; count() and count(*) count all",
                        p -> new CountAccumulator()),
                aggregate("count_distinct", 1, 1, "count_distinct(f)", "exact number of distinct values of f",
                        p -> new DistinctAccumulator()),
                aggregate("sum", 1, 1, "sum(f)", "sum of the numeric values (exact for integers)",
                        p -> new SumAccumulator(false)),
                aggregate("avg", 1, 1, "avg(f)", "mean of the numeric values", p -> new SumAccumulator(true)),
                aggregate("min", 1, 1, "min(f)", "smallest numeric value (or smallest text when none is numeric)",
                        p -> new ExtremeAccumulator(-1)),
                aggregate("max", 1, 1, "max(f)", "largest numeric value (or largest text when none is numeric)",
                        p -> new ExtremeAccumulator(1)),
                aggregate("stddev", 1, 1, "stddev(f)", "sample standard deviation (n - 1) of the numeric values",
                        p -> new StddevAccumulator()),
                aggregate("pct", 2, 2, "pct(f, p)", "exact nearest-rank p-th percentile of the numeric values",
                        p -> new PercentileAccumulator(percent(p))),
                aggregate("percentile", 2, 2, "percentile(f, p)", "alias of pct",
                        p -> new PercentileAccumulator(percent(p))),
                aggregate("earliest", 1, 1, "earliest(f)", "f from the row with the earliest @timestamp",
                        p -> new TimedAccumulator(true)),
                aggregate("latest", 1, 1, "latest(f)", "f from the row with the latest @timestamp",
                        p -> new TimedAccumulator(false)),
                aggregate("sortsFirst", 1, 1, "sortsFirst(f)", "the value that sorts first (natural sort)",
                        p -> new CollatedAccumulator(true)),
                aggregate("sortsLast", 1, 1, "sortsLast(f)", "the value that sorts last (natural sort)",
                        p -> new CollatedAccumulator(false)));
    }

    private static double percent(Value[] params) {
        double p = params.length == 1 ? Coercion.toDouble(params[0]) : Double.NaN;
        if (!(p >= 0 && p <= 100)) {
            throw new FunctionException("pct needs a percentile between 0 and 100, got "
                    + (params.length == 1 && !params[0].isNull() ? params[0].asText() : "none"));
        }
        return p;
    }

    /** The accumulator {@code other} cast to this one's class, or a clear error when they cannot merge. */
    static <T extends Accumulator> T same(Class<T> type, Accumulator other) {
        if (!type.isInstance(other)) {
            throw new IllegalArgumentException("cannot merge " + other.getClass().getSimpleName() + " into "
                    + type.getSimpleName());
        }
        return type.cast(other);
    }
}
