package io.fmscope.storage.duckdb;

import io.fmscope.storage.LogStreamInfo;
import io.fmscope.storage.StorageException;
import io.fmscope.storage.StreamCatalog;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;

/** Log streams: rows of {@code log_streams}, mirrored in memory. */
final class DuckStreamCatalog implements StreamCatalog {
    private final DuckState state;

    DuckStreamCatalog(DuckState state) {
        this.state = state;
    }

    @Override public LogStreamInfo create(String logGroup, String name, long creationTime) {
        return state.transaction(() -> {
            state.group(logGroup);
            if (state.streams.get(logGroup).containsKey(name)) {
                throw StorageException.alreadyExists("log stream " + logGroup + "/" + name);
            }
            try (PreparedStatement p = state.writer.prepareStatement(
                    "INSERT INTO log_streams VALUES (?, ?, ?, NULL, NULL, NULL, 0, 0)")) {
                p.setString(1, logGroup);
                p.setString(2, name);
                p.setLong(3, creationTime);
                p.executeUpdate();
            }
            LogStreamInfo info = LogStreamInfo.empty(logGroup, name, creationTime);
            state.streams.get(logGroup).put(name, info);
            return info;
        });
    }

    @Override public Optional<LogStreamInfo> find(String logGroup, String name) {
        return state.read(() -> state.streams.containsKey(logGroup)
                ? Optional.ofNullable(state.streams.get(logGroup).get(name)) : Optional.empty());
    }

    @Override public List<LogStreamInfo> list(String logGroup) {
        return state.read(() -> {
            state.group(logGroup);
            return List.copyOf(state.streams.get(logGroup).values());
        });
    }

    @Override public void delete(String logGroup, String name) {
        state.transaction(() -> {
            state.stream(logGroup, name);
            for (String sql : List.of("DELETE FROM " + Sql.EVENTS + " WHERE " + Sql.ident(Sql.GROUP) + " = ? AND "
                    + Sql.ident(Sql.STREAM) + " = ?", "DELETE FROM log_streams WHERE log_group = ? AND name = ?",
                    "DELETE FROM " + EventMinutes.TABLE + " WHERE log_group = ? AND log_stream = ?")) {
                try (PreparedStatement p = state.writer.prepareStatement(sql)) {
                    p.setString(1, logGroup);
                    p.setString(2, name);
                    p.executeUpdate();
                }
            }
            state.streams.get(logGroup).remove(name);
            state.recountGroup(logGroup);
            return null;
        });
    }
}
