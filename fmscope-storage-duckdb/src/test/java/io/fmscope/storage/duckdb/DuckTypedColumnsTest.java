package io.fmscope.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovered JSON fields become typed columns; conflicts widen; hostile field names stay identifiers. */
class DuckTypedColumnsTest {
    @TempDir Path dir;
    private DuckLogStore store;
    private int ids;

    @BeforeEach void open() {
        store = DuckLogStore.open(dir);
        store.groups().create("g", 0);
        store.streams().create("g", "s", 0);
    }

    @AfterEach void close() {
        store.close();
    }

    private void put(String... messages) {
        List<LogEvent> batch = new ArrayList<>();
        for (String m : messages) {
            ids++;
            batch.add(new LogEvent(ids, ids, m, "s", "g", String.format("%08d", ids)));
        }
        store.writer().append(batch);
    }

    private Map<String, String> types() {
        return store.storedFields().stream().collect(Collectors.toMap(StoredField::field, StoredField::sqlType));
    }

    private List<Object> column(String field) throws Exception {
        String col = store.storedFields().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow().column();
        List<Object> out = new ArrayList<>();
        try (Connection c = store.readerConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + Sql.ident(col) + " FROM events ORDER BY \"@ptr\"")) {
            while (rs.next()) {
                out.add(rs.getObject(1));
            }
        }
        return out;
    }

    @Test void nestedFieldsAndArraysBecomeTypedColumns() throws Exception {
        put("{\"modelId\":\"claude-3-haiku\",\"latency\":{\"total_ms\":812},\"cost\":0.0012,\"cached\":false,"
                + "\"tags\":[\"a\",\"b\"],\"@type\":\"x\",\"none\":null}");
        assertThat(types()).containsExactlyInAnyOrderEntriesOf(Map.of("modelId", "VARCHAR", "latency.total_ms", "BIGINT",
                "cost", "DOUBLE", "cached", "BOOLEAN", "tags.0", "VARCHAR", "tags.1", "VARCHAR", "@@type", "VARCHAR"));
        assertThat(column("latency.total_ms")).containsExactly(812L);
        assertThat(column("cost")).containsExactly(0.0012);
    }

    @Test void integerColumnWidensToDoubleThenToVarchar() throws Exception {
        put("{\"v\":1}", "{\"w\":true}");
        put("{\"v\":2.5}");
        assertThat(types()).containsEntry("v", "DOUBLE");
        assertThat(column("v")).containsExactly(1.0, null, 2.5);
        put("{\"v\":\"slow\"}", "{\"w\":3}");
        assertThat(types()).containsEntry("v", "VARCHAR").containsEntry("w", "VARCHAR");
        assertThat(column("v")).containsExactly("1.0", null, "2.5", "slow", null);
        assertThat(column("w")).containsExactly(null, "true", null, null, "3");
    }

    @Test void fieldNamesThatLookLikeSqlAreJustColumnNames() throws Exception {
        String evil = "x\"; DROP TABLE events; --";
        put("{\"" + evil.replace("\"", "\\\"") + "\":1,\"Level\":\"a\",\"level\":\"b\",\"@message\":\"m\"}");
        assertThat(types()).containsKeys(evil, "Level", "level", "@@message");
        assertThat(column(evil)).containsExactly(1L);
        assertThat(column("Level")).containsExactly("a");
        assertThat(column("level")).containsExactly("b");
        assertThat(store.storedFields()).extracting(StoredField::column).doesNotHaveDuplicates();
        put("{\"after\":2}");
        assertThat(store.reader().scan().logGroups(List.of("g")).open()).toIterable().hasSize(2);
    }

    @Test void schemaSurvivesReopen() throws Exception {
        put("{\"a\":1,\"b\":\"x\"}");
        store.close();
        store = DuckLogStore.open(dir);
        put("{\"a\":2.5}");
        assertThat(types()).containsEntry("a", "DOUBLE").containsEntry("b", "VARCHAR");
        assertThat(column("a")).containsExactly(1.0, 2.5);
    }

    @Test void nonJsonMessagesAddNoColumns() {
        put("plain text line", "{broken json", "[1,2]", "INFO {\"embedded\":1}");
        assertThat(types()).isEmpty();
    }

    @Test void columnsHoldWhatTheReferenceDiscoveryFinds() throws Exception {
        String m = "{\"a\":1,\"a\":2,\"b\":{\"c\":[true,{\"d\":\"x\"}]},\"n\":null}";
        put(m);
        var reference = io.fmscope.query.json.JsonFlattener.standard().flatten(m).fields();
        assertThat(types().keySet()).containsExactlyInAnyOrderElementsOf(reference.keySet());
        assertThat(column("a")).containsExactly(((io.fmscope.query.value.LongValue) reference.get("a")).value());
        assertThat(column("b.c.1.d")).containsExactly("x");
    }
}
