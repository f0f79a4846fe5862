package io.fmscope.storage.duckdb;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.LogStreamInfo;
import io.fmscope.storage.LogWriter;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.duckdb.DuckDBAppender;

/**
 * Appends a batch in one transaction: grow the schema for new fields, write every row through the DuckDB
 * Appender (never row-at-a-time INSERTs), update the stream statistics, commit. DuckDB writes the commit
 * to its write-ahead log before {@code commit()} returns, so an acknowledged batch survives {@code kill -9}.
 */
final class DuckWriter implements LogWriter {
    private final DuckState state;

    DuckWriter(DuckState state) {
        this.state = state;
    }

    @Override public void append(List<LogEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Map<String, Object>> fields = new ArrayList<>(batch.size());
        Map<String, ColumnType> seen = new LinkedHashMap<>();
        for (LogEvent e : batch) {
            Map<String, Object> f = state.discovery.fields(e.message());
            fields.add(f);
            f.forEach((k, v) -> seen.merge(k, ColumnType.of(v), ColumnType::widen));
        }
        state.transaction(() -> {
            Map<List<String>, LogStreamInfo> touched = new LinkedHashMap<>();
            for (LogEvent e : batch) {
                touched.computeIfAbsent(List.of(e.logGroup(), e.logStream()), k -> state.stream(k.get(0), k.get(1)));
            }
            state.columns.ensure(state.writer, seen);
            List<FieldColumns.Column> cols = state.columns.columns();
            try (DuckDBAppender a = state.writer.createAppender(Sql.EVENTS)) {
                for (int i = 0; i < batch.size(); i++) {
                    appendRow(a, batch.get(i), fields.get(i), cols);
                }
                a.flush();
            }
            updateStreams(batch, touched);
            return null;
        });
    }

    private static void appendRow(DuckDBAppender a, LogEvent e, Map<String, Object> f,
                                  List<FieldColumns.Column> cols) throws SQLException {
        a.beginRow();
        a.append(e.timestamp()).append(e.ingestionTime()).append(e.logGroup()).append(e.logStream())
                .append(e.id()).append(e.message());
        for (FieldColumns.Column c : cols) {
            Object v = f.get(c.field());
            if (v == null) {
                a.appendNull();
                continue;
            }
            switch (c.type()) {
                case BIGINT -> a.append((long) (Long) v);
                case DOUBLE -> a.append(((Number) v).doubleValue());
                case BOOLEAN -> a.append((boolean) (Boolean) v);
                case VARCHAR -> a.append(v.toString());
            }
        }
        a.endRow();
    }

    private void updateStreams(List<LogEvent> batch, Map<List<String>, LogStreamInfo> touched) throws SQLException {
        Map<List<String>, long[]> stats = new HashMap<>(); // min ts, max ts, max ingestion, bytes
        for (LogEvent e : batch) {
            long[] s = stats.computeIfAbsent(List.of(e.logGroup(), e.logStream()),
                    k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, 0});
            s[0] = Math.min(s[0], e.timestamp());
            s[1] = Math.max(s[1], e.timestamp());
            s[2] = Math.max(s[2], e.ingestionTime());
            s[3] += e.message().getBytes(StandardCharsets.UTF_8).length;
        }
        try (PreparedStatement p = state.writer.prepareStatement("UPDATE log_streams SET first_event = ?,"
                + " last_event = ?, last_ingestion = ?, stored_bytes = ?, sequence_token = ?"
                + " WHERE log_group = ? AND name = ?")) {
            for (var entry : touched.entrySet()) {
                long[] s = stats.get(entry.getKey());
                LogStreamInfo o = entry.getValue();
                LogStreamInfo n = new LogStreamInfo(o.logGroup(), o.name(), o.creationTime(),
                        OptionalLong.of(Math.min(s[0], o.firstEventTime().orElse(Long.MAX_VALUE))),
                        OptionalLong.of(Math.max(s[1], o.lastEventTime().orElse(Long.MIN_VALUE))),
                        OptionalLong.of(Math.max(s[2], o.lastIngestionTime().orElse(Long.MIN_VALUE))),
                        o.storedBytes() + s[3], o.uploadSequenceToken() + 1);
                DuckStats.bind(p, n);
                p.executeUpdate();
                state.streams.get(n.logGroup()).put(n.name(), n);
                state.recountGroup(n.logGroup());
            }
        }
    }
}
