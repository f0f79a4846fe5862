package io.fmscope.storage.duckdb;

import io.fmscope.storage.EventCursor;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.ScanBuilder;
import io.fmscope.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Builds one parameterised SELECT over the events table. Pushed down: groups, streams, time range, order,
 * cursor and a limit (the limit is safe because no filter is pushed yet: callers offer it only when every
 * earlier plan step was taken). Every value is a bind parameter.
 */
final class DuckScanBuilder implements ScanBuilder {
    private final DuckState state;
    private List<String> groups = List.of();
    private List<String> streams = List.of();
    private String streamPrefix = "";
    private long start = Long.MIN_VALUE;
    private long end = Long.MAX_VALUE;
    private boolean descending;
    private EventCursor after;
    private long limit = -1;

    DuckScanBuilder(DuckState state) {
        this.state = state;
    }

    @Override public ScanBuilder logGroups(Collection<String> logGroups) {
        groups = List.copyOf(logGroups);
        return this;
    }

    @Override public ScanBuilder logStreams(Collection<String> logStreams) {
        streams = List.copyOf(logStreams);
        return this;
    }

    @Override public ScanBuilder logStreamPrefix(String prefix) {
        streamPrefix = prefix;
        return this;
    }

    @Override public ScanBuilder timeRange(long startInclusive, long endExclusive) {
        start = startInclusive;
        end = endExclusive;
        return this;
    }

    @Override public ScanBuilder descending(boolean descending) {
        this.descending = descending;
        return this;
    }

    @Override public ScanBuilder after(EventCursor cursor) {
        after = cursor;
        return this;
    }

    @Override public boolean pushDownLimit(long limit) {
        this.limit = limit;
        return true;
    }

    @Override public EventScan open() {
        if (groups.isEmpty()) {
            throw new StorageException(StorageException.Kind.PERMANENT, "a scan needs at least one log group");
        }
        List<Object> params = new ArrayList<>(groups);
        StringBuilder sql = new StringBuilder("SELECT ").append(Sql.SYSTEM_COLUMNS).append(" FROM ")
                .append(Sql.EVENTS).append(" WHERE ").append(Sql.ident(Sql.GROUP)).append(" IN (")
                .append(Sql.markers(groups.size())).append(')');
        if (!streams.isEmpty()) {
            sql.append(" AND ").append(Sql.ident(Sql.STREAM)).append(" IN (").append(Sql.markers(streams.size()))
                    .append(')');
            params.addAll(streams);
        }
        if (!streamPrefix.isEmpty()) {
            sql.append(" AND starts_with(").append(Sql.ident(Sql.STREAM)).append(", ?)");
            params.add(streamPrefix);
        }
        if (start != Long.MIN_VALUE) {
            sql.append(" AND ").append(Sql.ident(Sql.TIMESTAMP)).append(" >= ?");
            params.add(start);
        }
        if (end != Long.MAX_VALUE) {
            sql.append(" AND ").append(Sql.ident(Sql.TIMESTAMP)).append(" < ?");
            params.add(end);
        }
        String dir = descending ? " DESC" : "";
        if (after != null) {
            sql.append(" AND (").append(Sql.ident(Sql.TIMESTAMP)).append(", ").append(Sql.ident(Sql.ID))
                    .append(descending ? ") < (?, ?)" : ") > (?, ?)");
            params.add(after.timestamp());
            params.add(after.id());
        }
        sql.append(" ORDER BY ").append(Sql.ident(Sql.TIMESTAMP)).append(dir).append(", ")
                .append(Sql.ident(Sql.ID)).append(dir);
        if (limit >= 0) {
            sql.append(" LIMIT ?");
            params.add(limit);
        }
        return state.read(() -> {
            Connection c = state.writer.duplicate();
            try {
                PreparedStatement p = c.prepareStatement(sql.toString());
                for (int i = 0; i < params.size(); i++) {
                    p.setObject(i + 1, params.get(i));
                }
                return new DuckEventScan(c, p, p.executeQuery());
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        });
    }
}
