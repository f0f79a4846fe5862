package io.fmscope.server.insights;

import io.fmscope.query.QueryException;
import io.fmscope.query.analyzer.AnalyzedQuery;
import io.fmscope.query.analyzer.Analyzer;
import io.fmscope.query.exec.Progress;
import io.fmscope.query.json.SystemFields;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.pushdown.PushdownExecutor;
import io.fmscope.query.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The query module's reference engine (parser, analyzer, in-process operators) behind {@link InsightsEngine}.
 * For event rows it asks the plan for one extra column, {@code @ptr}, and turns it into the row's pointer. Each
 * run first offers the plan to the storage ({@link PushedRun}): what the backend takes runs there as SQL, the
 * rest in the reference operators.
 */
public final class ReferenceInsightsEngine implements InsightsEngine {
    private final Analyzer analyzer = Analyzer.standard();

    @Override public PreparedQuery prepare(String queryString) {
        AnalyzedQuery analyzed;
        try {
            analyzed = analyzer.analyze(queryString);
        } catch (QueryException e) {
            throw new CompileError(e.oneLine(), e.span().start(), e.span().end());
        }
        AnalyzedQuery run = analyzed.aggregated() || analyzed.columns().contains(SystemFields.PTR) ? analyzed
                : withPointer(analyzed);
        boolean pointerAdded = run != analyzed;
        return (scans, start, end, maxRows, timeout, cancel, partial) -> {
            Progress progress = partial == Partials.NONE ? Progress.NONE : new Progress(soFar -> partial.sink()
                    .accept(output(new PushdownExecutor.Result(soFar.columns(), soFar.rows(), soFar.statistics(),
                            "running"), pointerAdded)), partial.every());
            return output(PushedRun.execute(run, scans, start, end, maxRows, timeout, cancel, progress),
                    pointerAdded);
        };
    }

    private static AnalyzedQuery withPointer(AnalyzedQuery q) {
        if (!(q.plan() instanceof PlanNode.Project p)) {
            return q;
        }
        PlanNode.Project withPtr = PointerPlans.withPointer(p);
        return new AnalyzedQuery(q.query(), withPtr, withPtr.columns(), false, q.warnings());
    }

    private static Output output(PushdownExecutor.Result r, boolean pointerAdded) {
        List<String> cols = r.columns();
        int ptrCol = pointerAdded ? cols.size() - 1 : -1;
        List<Row> rows = new ArrayList<>(r.rows().size());
        for (List<Value> values : r.rows()) {
            List<Cell> cells = new ArrayList<>(cols.size());
            for (int i = 0; i < cols.size(); i++) {
                if (i != ptrCol) {
                    cells.add(new Cell(cols.get(i), values.get(i).asText()));
                }
            }
            String ptr = ptrCol < 0 || values.get(ptrCol).isNull() ? null : pointer(values.get(ptrCol).asText());
            rows.add(new Row(cells, ptr));
        }
        var s = r.statistics();
        return new Output(rows, s.recordsMatched(), s.recordsScanned(), s.bytesScanned(), r.plan());
    }

    /** An opaque pointer to the event, in the base64 look of CloudWatch's. */
    static String pointer(String eventId) {
        return Base64.getEncoder().encodeToString(eventId.getBytes(StandardCharsets.UTF_8));
    }
}
