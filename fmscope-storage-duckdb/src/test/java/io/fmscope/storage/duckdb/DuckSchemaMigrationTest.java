package io.fmscope.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory written before the {@code @bytes} column opens with it filled in and every column in order. */
class DuckSchemaMigrationTest {
    @TempDir Path dir;

    @Test void anOldEventsTableGainsMessageSizesAndKeepsItsTypedColumns() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DuckLogStore.DATABASE_FILE));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE log_groups (name VARCHAR NOT NULL, creation_time BIGINT NOT NULL, retention_days INTEGER)");
            s.execute("CREATE TABLE log_streams (log_group VARCHAR NOT NULL, name VARCHAR NOT NULL, creation_time BIGINT"
                    + " NOT NULL, first_event BIGINT, last_event BIGINT, last_ingestion BIGINT, stored_bytes BIGINT NOT NULL,"
                    + " sequence_token BIGINT NOT NULL)");
            s.execute("CREATE TABLE event_fields (field VARCHAR NOT NULL, col VARCHAR NOT NULL, type VARCHAR NOT NULL)");
            s.execute("CREATE TABLE events (\"@timestamp\" BIGINT NOT NULL, \"@ingestionTime\" BIGINT NOT NULL, \"@log\""
                    + " VARCHAR NOT NULL, \"@logStream\" VARCHAR NOT NULL, \"@ptr\" VARCHAR NOT NULL, \"@message\" VARCHAR"
                    + " NOT NULL, \"n\" BIGINT)");
            s.execute("INSERT INTO log_groups VALUES ('g', 0, NULL)");
            s.execute("INSERT INTO log_streams VALUES ('g', 's', 0, 1, 1, 1, 10, 1)");
            s.execute("INSERT INTO event_fields VALUES ('n', 'n', 'BIGINT')");
            s.execute("INSERT INTO events VALUES (1, 1, 'g', 's', 'a', '{\"n\":7,\"é\":1}', 7)");
        }
        try (DuckLogStore store = DuckLogStore.open(dir)) {
            store.writer().append(List.of(new LogEvent(2, 2, "{\"n\":8,\"x\":\"y\"}", "s", "g", "b")));
            List<List<Object>> rows = new ArrayList<>();
            try (Connection c = store.readerConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT \"@bytes\", n, x FROM events ORDER BY \"@ptr\"")) {
                while (rs.next()) {
                    rows.add(java.util.Arrays.asList(rs.getObject(1), rs.getObject(2), rs.getObject(3)));
                }
            }
            assertThat(rows).containsExactly(java.util.Arrays.asList(14, 7L, null), java.util.Arrays.asList(15, 8L, "y"));
            assertThat(store.streams().find("g", "s").orElseThrow().storedBytes()).isEqualTo(25);
        }
    }
}
