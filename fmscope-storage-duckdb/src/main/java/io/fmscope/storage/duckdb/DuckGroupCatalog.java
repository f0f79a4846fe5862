package io.fmscope.storage.duckdb;

import io.fmscope.storage.GroupCatalog;
import io.fmscope.storage.LogGroupInfo;
import io.fmscope.storage.StorageException;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/** Log groups: rows of {@code log_groups}, mirrored in memory. */
final class DuckGroupCatalog implements GroupCatalog {
    private final DuckState state;

    DuckGroupCatalog(DuckState state) {
        this.state = state;
    }

    @Override public LogGroupInfo create(String name, long creationTime) {
        return state.transaction(() -> {
            if (state.groups.containsKey(name)) {
                throw StorageException.alreadyExists("log group " + name);
            }
            try (PreparedStatement p = state.writer.prepareStatement("INSERT INTO log_groups VALUES (?, ?, NULL)")) {
                p.setString(1, name);
                p.setLong(2, creationTime);
                p.executeUpdate();
            }
            LogGroupInfo info = new LogGroupInfo(name, creationTime, OptionalInt.empty(), 0);
            state.groups.put(name, info);
            state.streams.put(name, new TreeMap<>());
            return info;
        });
    }

    @Override public Optional<LogGroupInfo> find(String name) {
        return state.read(() -> Optional.ofNullable(state.groups.get(name)));
    }

    @Override public List<LogGroupInfo> list(String prefix) {
        return state.read(() -> state.groups.tailMap(prefix, true).values().stream()
                .takeWhile(g -> g.name().startsWith(prefix)).toList());
    }

    @Override public void delete(String name) {
        state.transaction(() -> {
            state.group(name);
            for (String sql : List.of("DELETE FROM " + Sql.EVENTS + " WHERE " + Sql.ident(Sql.GROUP) + " = ?",
                    "DELETE FROM log_streams WHERE log_group = ?", "DELETE FROM log_groups WHERE name = ?",
                    "DELETE FROM " + EventMinutes.TABLE + " WHERE log_group = ?")) {
                try (PreparedStatement p = state.writer.prepareStatement(sql)) {
                    p.setString(1, name);
                    p.executeUpdate();
                }
            }
            state.groups.remove(name);
            return state.streams.remove(name);
        });
    }

    @Override public void setRetention(String name, OptionalInt retentionInDays) {
        state.transaction(() -> {
            LogGroupInfo g = state.group(name);
            try (PreparedStatement p = state.writer.prepareStatement(
                    "UPDATE log_groups SET retention_days = ? WHERE name = ?")) {
                if (retentionInDays.isPresent()) {
                    p.setInt(1, retentionInDays.getAsInt());
                } else {
                    p.setNull(1, java.sql.Types.INTEGER);
                }
                p.setString(2, name);
                p.executeUpdate();
            }
            return state.groups.put(name, new LogGroupInfo(name, g.creationTime(), retentionInDays, g.storedBytes()));
        });
    }
}
