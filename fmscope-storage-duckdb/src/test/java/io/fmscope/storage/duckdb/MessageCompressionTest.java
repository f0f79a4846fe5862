package io.fmscope.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw messages are stored with ZSTD, not DuckDB's automatic choice: for kilobyte-sized JSON messages the automatic
 * analysis (DICT_FSST) cost about twice the CPU time at checkpoint and gave a five times larger file.
 */
class MessageCompressionTest {
    @TempDir Path dir;

    @Test void messagesAreCheckpointedAsZstdAndReadBackUnchanged() throws Exception {
        List<String> written = new ArrayList<>();
        try (DuckLogStore store = DuckLogStore.open(dir)) {
            store.groups().create("g", 0);
            store.streams().create("g", "s", 0);
            List<LogEvent> batch = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                String m = "{\"request_id\":\"r-" + i + "\",\"status\":\"" + (i % 7 == 0 ? "ERROR" : "SUCCESS")
                        + "\",\"latency\":{\"total_ms\":" + (i * 37 % 3000) + "},\"text\":\"" + "é漫画".repeat(i % 50) + "\"}";
                written.add(m);
                batch.add(new LogEvent(i, i, m, "s", "g", String.format("%08d", i)));
            }
            store.writer().append(batch);
            try (Connection c = store.readerConnection(); Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
                List<String> kinds = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT DISTINCT compression FROM pragma_storage_info('events')"
                        + " WHERE column_name = '@message' AND segment_type = 'VARCHAR'")) {
                    while (rs.next()) {
                        kinds.add(rs.getString(1));
                    }
                }
                assertThat(kinds).containsExactly("ZSTD");
                List<String> read = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT \"@message\" FROM events ORDER BY \"@timestamp\"")) {
                    while (rs.next()) {
                        read.add(rs.getString(1));
                    }
                }
                assertThat(read).isEqualTo(written);
            }
        }
    }
}
