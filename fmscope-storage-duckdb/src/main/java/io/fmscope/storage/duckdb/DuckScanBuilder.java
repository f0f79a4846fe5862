package io.fmscope.storage.duckdb;

import io.fmscope.query.pushdown.FieldsStep;
import io.fmscope.query.pushdown.FilterStep;
import io.fmscope.query.pushdown.SortStep;
import io.fmscope.query.pushdown.StatsStep;
import io.fmscope.storage.EventCursor;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.PlanStep;
import io.fmscope.storage.RowScan;
import io.fmscope.storage.ScanBuilder;
import io.fmscope.storage.StorageException;
import io.fmscope.storage.duckdb.pushdown.ExprSql;
import io.fmscope.storage.duckdb.pushdown.FieldResolver;
import io.fmscope.storage.duckdb.pushdown.RowsQuery;
import io.fmscope.storage.duckdb.pushdown.SqlExpr;
import io.fmscope.storage.duckdb.pushdown.StatsSql;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Builds one parameterised SELECT over the events table. Always pushed down: groups, streams, time range,
 * order, cursor, limit. Query steps ({@code io.fmscope.query.pushdown}) are taken when {@link ExprSql} can
 * express them exactly: filters (the scan stays an event scan), then fields or stats (the scan returns rows),
 * sort and limit. Every value is a bind parameter; identifiers go through {@link Sql#ident}.
 */
final class DuckScanBuilder implements ScanBuilder {
    private final DuckState state;
    private final ScanRange range = new ScanRange();
    private CatalogSnapshot catalog;
    private final List<SqlExpr> filters = new ArrayList<>();
    private RowSteps rows;
    private boolean refused;
    private long limit = -1;

    DuckScanBuilder(DuckState state) {
        this.state = state;
    }

    @Override public ScanBuilder logGroups(Collection<String> logGroups) {
        range.groups = List.copyOf(logGroups);
        return this;
    }

    @Override public ScanBuilder logStreams(Collection<String> logStreams) {
        range.streams = List.copyOf(logStreams);
        return this;
    }

    @Override public ScanBuilder logStreamPrefix(String prefix) {
        range.streamPrefix = prefix;
        return this;
    }

    @Override public ScanBuilder timeRange(long startInclusive, long endExclusive) {
        range.start = startInclusive;
        range.end = endExclusive;
        return this;
    }

    @Override public ScanBuilder descending(boolean descending) {
        range.descending = descending;
        return this;
    }

    @Override public ScanBuilder after(EventCursor cursor) {
        range.after = cursor;
        return this;
    }

    @Override public boolean pushDownFilter(PlanStep step) {
        Optional<SqlExpr> sql = !refused && rows == null && step instanceof FilterStep f
                ? events().condition(f.condition()) : Optional.empty();
        sql.ifPresent(filters::add);
        return taken(sql.isPresent());
    }

    @Override public boolean pushDownFields(PlanStep step) {
        Optional<RowSteps> r = !refused && rows == null && step instanceof FieldsStep f
                ? RowSteps.fields(f, events()) : Optional.empty();
        r.ifPresent(x -> rows = x);
        return taken(r.isPresent());
    }

    @Override public boolean pushDownStats(PlanStep step) {
        Optional<RowSteps> r = !refused && rows == null && step instanceof StatsStep s
                ? StatsSql.of(s, events(), FieldResolver.events(catalog), range.start >= 0).map(RowSteps::stats)
                : Optional.empty();
        r.ifPresent(x -> rows = x);
        return taken(r.isPresent());
    }

    @Override public boolean pushDownSort(PlanStep step) {
        return taken(!refused && rows != null && step instanceof SortStep s && rows.sort(s));
    }

    @Override public boolean pushDownLimit(long limit) {
        if (refused) {
            return false;
        }
        this.limit = limit;
        return true;
    }

    private boolean taken(boolean ok) {
        refused |= !ok;
        return ok;
    }

    private ExprSql events() {
        if (catalog == null) {
            catalog = state.read(() -> new CatalogSnapshot(state.columns));
        }
        return new ExprSql(FieldResolver.events(catalog));
    }

    /** The scan's WHERE: range and pushed filters. */
    private SqlExpr where() {
        List<Object> parts = new ArrayList<>(List.of(range.where()));
        for (SqlExpr f : filters) {
            parts.add(" AND ");
            parts.add(f);
        }
        return SqlExpr.join(SqlExpr.Kind.BOOL, parts.toArray());
    }

    /** The statement {@link #open()} or {@link #openRows()} runs (golden-file tests read it). */
    SqlExpr statement() {
        if (rows != null) {
            RowsQuery q = rows.query(Sql.EVENTS, where(), limit);
            return new SqlExpr(q.sql(), SqlExpr.Kind.NULL, q.params());
        }
        return range.select(where(), limit);
    }

    @Override public EventScan open() {
        if (rows != null) {
            throw new IllegalStateException("this scan took a fields or stats step: openRows()");
        }
        SqlExpr q = range.select(where(), limit);
        ScanStats stats = filters.isEmpty() ? null : new ScanStats(range.where(), filtersOnly());
        return execute(q, (r, p) -> new DuckEventScan(r, p.executeQuery(), stats));
    }

    @Override public RowScan openRows() {
        if (rows == null) {
            throw new IllegalStateException("no fields or stats step was pushed down to this scan");
        }
        RowsQuery q = rows.query(Sql.EVENTS, where(), limit);
        ScanStats filtered = new ScanStats(range.where(), filters.isEmpty() ? null : filtersOnly());
        // a stats query's rows count what they matched: beside it, only the range (from the per-minute summary)
        ScanStats stats = q.countsMatched() || filters.isEmpty() ? ScanStats.ofRange(range) : filtered;
        DuckRowScan.Matched matched = q.countsMatched() ? new DuckRowScan.Matched(limit, () -> state.read(() -> {
            try (Readers.Reader own = state.readers.borrow(state.columns.version())) {
                return filtered.count(own);
            }
        })) : null;
        return execute(new SqlExpr(q.sql(), SqlExpr.Kind.NULL, q.params()), (r, p) -> {
            var counting = stats.start(state.readers.borrow(state.columns.version()));
            return new DuckRowScan(r, p.executeQuery(), q.names(), q.kinds(), counting, matched);
        });
    }

    private SqlExpr filtersOnly() {
        List<Object> parts = new ArrayList<>();
        for (SqlExpr f : filters) {
            parts.add(parts.isEmpty() ? "" : " AND ");
            parts.add(f);
        }
        return SqlExpr.join(SqlExpr.Kind.BOOL, parts.toArray());
    }

    /** Opens {@code q} on a reader, which the scan holds until it is closed. */
    private interface Opener<T> {
        T open(Readers.Reader r, PreparedStatement p) throws SQLException;
    }

    private <T> T execute(SqlExpr q, Opener<T> opener) {
        if (range.groups.isEmpty()) {
            throw new StorageException(StorageException.Kind.PERMANENT, "a scan needs at least one log group");
        }
        return state.read(() -> {
            if (catalog != null && catalog.version != state.columns.version()) {
                throw new StorageException(StorageException.Kind.RETRYABLE,
                        "the typed columns changed while the query was planned; plan it again");
            }
            Readers.Reader r = state.readers.borrow(state.columns.version());
            try {
                PreparedStatement p = r.prepare(q.sql());
                bind(p, q.params());
                return opener.open(r, p);
            } catch (SQLException | RuntimeException e) {
                r.close();
                throw e;
            }
        });
    }

    static void bind(PreparedStatement p, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            p.setObject(i + 1, params.get(i));
        }
    }
}
