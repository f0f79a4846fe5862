package io.fmscope.storage.duckdb;

import io.fmscope.storage.LogStreamInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.OptionalLong;

/** Stream statistics: binding them to the UPDATE, and recomputing them from the events after deletes. */
final class DuckStats {
    private DuckStats() {
    }

    /** Binds parameters 1-7 of {@code UPDATE log_streams SET first, last, ingestion, bytes, token WHERE group, name}. */
    static void bind(PreparedStatement p, LogStreamInfo n) throws SQLException {
        setOpt(p, 1, n.firstEventTime());
        setOpt(p, 2, n.lastEventTime());
        setOpt(p, 3, n.lastIngestionTime());
        p.setLong(4, n.storedBytes());
        p.setLong(5, n.uploadSequenceToken());
        p.setString(6, n.logGroup());
        p.setString(7, n.name());
    }

    private static void setOpt(PreparedStatement p, int i, OptionalLong v) throws SQLException {
        if (v.isPresent()) {
            p.setLong(i, v.getAsLong());
        } else {
            p.setNull(i, Types.BIGINT);
        }
    }

    /** Recomputes first/last event time and bytes of every stream of a group from what is stored. */
    static void recount(DuckState state, String group) throws SQLException {
        var mirror = state.streams.get(group);
        java.util.Map<String, long[]> found = new java.util.HashMap<>();
        try (PreparedStatement q = state.writer.prepareStatement("SELECT " + Sql.ident(Sql.STREAM) + ", min("
                + Sql.ident(Sql.TIMESTAMP) + "), max(" + Sql.ident(Sql.TIMESTAMP) + "), sum("
                + Sql.ident(Sql.BYTES) + ") FROM " + Sql.EVENTS + " WHERE " + Sql.ident(Sql.GROUP)
                + " = ? GROUP BY 1")) {
            q.setString(1, group);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }
            }
        }
        try (PreparedStatement p = state.writer.prepareStatement("UPDATE log_streams SET first_event = ?,"
                + " last_event = ?, last_ingestion = ?, stored_bytes = ?, sequence_token = ?"
                + " WHERE log_group = ? AND name = ?")) {
            for (LogStreamInfo o : java.util.List.copyOf(mirror.values())) {
                long[] f = found.get(o.name());
                LogStreamInfo n = new LogStreamInfo(o.logGroup(), o.name(), o.creationTime(),
                        f == null ? OptionalLong.empty() : OptionalLong.of(f[0]),
                        f == null ? OptionalLong.empty() : OptionalLong.of(f[1]), o.lastIngestionTime(),
                        f == null ? 0 : f[2], o.uploadSequenceToken());
                bind(p, n);
                p.executeUpdate();
                mirror.put(n.name(), n);
            }
        }
        state.recountGroup(group);
    }

}
