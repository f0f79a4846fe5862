package io.fmscope.query.exec;

import io.fmscope.query.ast.DiffCommand;
import io.fmscope.query.plan.PatternNode;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.plan.Plans;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The two time ranges of a {@code diff} (both inclusive, equal lengths L = end − start + 1): the query's range and
 * the comparison range, which is {@code [start − L, start − 1]} for plain {@code diff}, or starts one day (86,400,000
 * ms), one week, or one calendar month (UTC; the 31st falls back to the month's last day) before the query's start.
 * The scan reads from the earlier start to the later end and keeps only events inside one of the two.
 */
record DiffWindows(QueryWindow current, long previousStart, long previousEnd) {
    private static final long DAY = 86_400_000L;

    /** The windows of the plan's diff, or null when it has none. */
    static DiffWindows of(PlanNode plan, QueryWindow window) {
        DiffCommand.Period period = null;
        for (PlanNode n = plan; !(n instanceof PlanNode.Scan); n = Plans.input(n)) {
            if (n instanceof PatternNode p && p.diff() != null) period = p.diff();
        }
        if (period == null) return null;
        if (window.startMillis() == Long.MIN_VALUE || window.endMillis() == Long.MAX_VALUE) {
            throw new QueryExecutionException(QueryExecutionException.Kind.FAILED, "diff compares the query's time"
                    + " range with an earlier one, so it needs a start and an end (--start and --end, the API's time"
                    + " range, or SOURCE ... START=... END=...)", null);
        }
        long start = window.startMillis();
        long length = window.endMillis() - start + 1;
        long previous = switch (period) {
            case PREVIOUS_PERIOD -> start - length;
            case PREVIOUS_DAY -> start - DAY;
            case PREVIOUS_WEEK -> start - 7 * DAY;
            case PREVIOUS_MONTH -> Instant.ofEpochMilli(start).atZone(ZoneOffset.UTC).minusMonths(1).toInstant()
                    .toEpochMilli();
        };
        return new DiffWindows(window, previous, previous + length - 1);
    }

    boolean inCurrent(long t) {
        return current.contains(t);
    }

    boolean inPrevious(long t) {
        return t >= previousStart && t <= previousEnd;
    }

    /** The range the source must deliver: from the earlier start to the later end. */
    QueryWindow readWindow() {
        return new QueryWindow(Math.min(previousStart, current.startMillis()),
                Math.max(previousEnd, current.endMillis()), current.nowMillis());
    }

    /** Drops the events of the read range that fall in neither window (e.g. the 23 hours between for previousDay). */
    Operator keepWindows(Operator scan) {
        return () -> {
            for (Row r = scan.next(); r != null; r = scan.next()) {
                long t = r.timestampMillis();
                if (inCurrent(t) || inPrevious(t)) return r;
            }
            return null;
        };
    }
}
