package io.fmscope.query.pushdown;

import io.fmscope.query.analyzer.AnalyzedQuery;
import io.fmscope.storage.ScanBuilder;
import java.util.List;

/** What {@link PushdownPlanner} arranged: a scan builder with steps taken, and what is left to run here. */
public sealed interface Pushdown {

    /** The scan to open. */
    ScanBuilder scan();

    /**
     * The backend returns events ({@link ScanBuilder#open()}); the reference operators run {@code residual},
     * the query without the filters the backend took.
     */
    record Events(ScanBuilder scan, AnalyzedQuery residual, int filtersPushed) implements Pushdown {
    }

    /**
     * The backend returns rows ({@link ScanBuilder#openRows()}); {@link RowsResidual} sorts and cuts them where the
     * backend did not, and picks the result columns.
     */
    record Rows(ScanBuilder scan, RowsResidual residual, List<String> stepsTaken) implements Pushdown {
    }
}
