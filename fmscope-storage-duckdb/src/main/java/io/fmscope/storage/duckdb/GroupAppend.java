package io.fmscope.storage.duckdb;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.LogStreamInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.duckdb.DuckDBAppender;

/**
 * Writes a group of batches in one transaction: grow the schema for their new fields, write every row through
 * the DuckDB Appender (never row-at-a-time INSERTs), update each touched stream's statistics once, commit.
 * DuckDB writes the commit to its write-ahead log before {@code commit()} returns, so an acknowledged batch
 * survives {@code kill -9}. If the group fails, each batch is retried alone, so one bad batch (a stream deleted
 * meanwhile) fails only its own caller.
 */
final class GroupAppend {
    /** One caller's events, their discovered fields and their messages' UTF-8 sizes. */
    record Batch(List<LogEvent> events, DiscoveredBatch fields, int[] bytes) {
    }

    private record StreamKey(String group, String stream) {
    }

    private final DuckState state;

    GroupAppend(DuckState state) {
        this.state = state;
    }

    void write(List<GroupCommit.Pending<Batch>> group) {
        try {
            state.transaction(() -> {
                writeRows(group.stream().map(GroupCommit.Pending::work).toList());
                return null;
            });
            group.forEach(p -> p.done().complete(null));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).done().completeExceptionally(e);
                return;
            }
            for (GroupCommit.Pending<Batch> p : group) {
                write(List.of(p));
            }
        }
    }

    private void writeRows(List<Batch> batches) throws SQLException {
        Map<StreamKey, LogStreamInfo> touched = new LinkedHashMap<>();
        Map<String, ColumnType> seen = new LinkedHashMap<>();
        for (Batch b : batches) {
            for (LogEvent e : b.events()) {
                StreamKey k = new StreamKey(e.logGroup(), e.logStream());
                if (!touched.containsKey(k)) {
                    touched.put(k, state.stream(k.group(), k.stream()));
                }
            }
            for (DiscoveredBatch.Slot s : b.fields().slots()) {
                seen.merge(s.field, s.type, ColumnType::widen);
            }
        }
        state.columns.ensure(state.writer, seen);
        List<FieldColumns.Column> cols = state.columns.columns();
        try (DuckDBAppender a = state.writer.createAppender(Sql.EVENTS)) {
            DiscoveredBatch.Slot[] slots = new DiscoveredBatch.Slot[cols.size()];
            for (Batch b : batches) {
                for (int c = 0; c < slots.length; c++) {
                    slots[c] = b.fields().find(cols.get(c).field());
                }
                for (int i = 0; i < b.events().size(); i++) {
                    appendRow(a, b.events().get(i), b.bytes()[i], i, cols, slots);
                }
            }
            a.flush();
        }
        EventMinutes.add(state.writer, batches);
        updateStreams(batches, touched);
    }

    private static void appendRow(DuckDBAppender a, LogEvent e, int bytes, int row, List<FieldColumns.Column> cols,
                                  DiscoveredBatch.Slot[] slots) throws SQLException {
        a.beginRow();
        a.append(e.timestamp()).append(e.ingestionTime()).append(e.logGroup()).append(e.logStream())
                .append(e.id()).append(e.message()).append(bytes);
        for (int c = 0; c < slots.length; c++) {
            DiscoveredBatch.Slot s = slots[c];
            if (s == null || s.tags[row] == DiscoveredBatch.ABSENT) {
                a.appendNull();
                continue;
            }
            switch (cols.get(c).type()) {
                case BIGINT -> a.append(s.longAt(row));
                case DOUBLE -> a.append(s.doubleAt(row));
                case BOOLEAN -> a.append(s.boolAt(row));
                case VARCHAR -> a.append(s.textAt(row));
            }
        }
        a.endRow();
    }

    /** One UPDATE per touched stream; each batch counts once toward the upload sequence token. */
    private void updateStreams(List<Batch> batches, Map<StreamKey, LogStreamInfo> touched) throws SQLException {
        Map<StreamKey, long[]> stats = new HashMap<>(); // min ts, max ts, max ingestion, bytes, batches
        for (Batch b : batches) {
            java.util.Set<StreamKey> inBatch = new java.util.HashSet<>();
            StreamKey last = null;
            long[] s = null;
            for (int i = 0; i < b.events().size(); i++) {
                LogEvent e = b.events().get(i);
                if (last == null || !last.group().equals(e.logGroup()) || !last.stream().equals(e.logStream())) {
                    last = new StreamKey(e.logGroup(), e.logStream());
                    s = stats.computeIfAbsent(last, k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, 0, 0});
                    if (inBatch.add(last)) {
                        s[4]++;
                    }
                }
                s[0] = Math.min(s[0], e.timestamp());
                s[1] = Math.max(s[1], e.timestamp());
                s[2] = Math.max(s[2], e.ingestionTime());
                s[3] += b.bytes()[i];
            }
        }
        try (PreparedStatement p = state.writer.prepareStatement("UPDATE log_streams SET first_event = ?,"
                + " last_event = ?, last_ingestion = ?, stored_bytes = ?, sequence_token = ?"
                + " WHERE log_group = ? AND name = ?")) {
            for (var entry : touched.entrySet()) {
                long[] t = stats.get(entry.getKey());
                LogStreamInfo o = entry.getValue();
                LogStreamInfo n = new LogStreamInfo(o.logGroup(), o.name(), o.creationTime(),
                        OptionalLong.of(Math.min(t[0], o.firstEventTime().orElse(Long.MAX_VALUE))),
                        OptionalLong.of(Math.max(t[1], o.lastEventTime().orElse(Long.MIN_VALUE))),
                        OptionalLong.of(Math.max(t[2], o.lastIngestionTime().orElse(Long.MIN_VALUE))),
                        o.storedBytes() + t[3], o.uploadSequenceToken() + t[4]);
                DuckStats.bind(p, n);
                p.executeUpdate();
                state.streams.get(n.logGroup()).put(n.name(), n);
                state.recountGroup(n.logGroup());
            }
        }
    }
}
