package io.fmscope.storage.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The discovered-field columns of the events table: field name to column name and type, in table order.
 * The column is named after the field; DuckDB matches identifiers case-insensitively, so a field that
 * differs from an existing column only by case gets a {@code #n} suffix. The mapping is kept in
 * {@code event_fields} so it survives restarts. Only the writer changes it, under the store's write lock.
 */
final class FieldColumns {
    /** Beyond this many discovered columns, new fields stay in the raw message only (1,000 per log group in CloudWatch). */
    static final int MAX_COLUMNS = 1000;

    /**
     * One field's column. {@code widened} records that the column once had a narrower type, so it may hold
     * values of different kinds (numbers next to strings in a VARCHAR, integers next to fractions in a DOUBLE).
     */
    record Column(String field, String name, ColumnType type, boolean widened) {
    }

    private final Map<String, Column> byField = new LinkedHashMap<>();
    /** Grows with every schema change, so a query planned against older columns can tell. */
    private long version;
    private final Set<String> takenLower = new HashSet<>();

    FieldColumns() {
        for (String sys : Sql.STORED_SYSTEM_COLUMNS) {
            takenLower.add(sys.toLowerCase(Locale.ROOT));
        }
    }

    void load(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT field, col, type, widened FROM event_fields ORDER BY rowid")) {
            while (rs.next()) {
                Column col = new Column(rs.getString(1), rs.getString(2), ColumnType.valueOf(rs.getString(3)),
                        rs.getBoolean(4));
                byField.put(col.field(), col);
                takenLower.add(col.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Columns in table order (after the system columns). */
    List<Column> columns() {
        return new ArrayList<>(byField.values());
    }

    Column column(String field) {
        return byField.get(field);
    }

    long version() {
        return version;
    }

    /** Whether every discovered field so far got a column (none was dropped at the limit). */
    boolean complete() {
        return byField.size() < MAX_COLUMNS;
    }

    /**
     * Makes room for a batch's fields: adds missing columns and widens types, inside the caller's
     * transaction. {@code seen} maps field to the widest type the batch needs.
     */
    void ensure(Connection c, Map<String, ColumnType> seen) throws SQLException {
        for (Map.Entry<String, ColumnType> e : seen.entrySet()) {
            Column old = byField.get(e.getKey());
            if (old == null) {
                if (byField.size() < MAX_COLUMNS && e.getKey().indexOf('\0') < 0) {
                    add(c, e.getKey(), e.getValue());
                }
            } else if (old.type().widen(e.getValue()) != old.type()) {
                widen(c, old, old.type().widen(e.getValue()));
            }
        }
    }

    private void add(Connection c, String field, ColumnType type) throws SQLException {
        String name = field;
        for (int n = 2; takenLower.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = field + "#" + n;
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + Sql.EVENTS + " ADD COLUMN " + Sql.ident(name) + " " + type);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO event_fields (field, col, type) VALUES (?, ?, ?)")) {
            p.setString(1, field);
            p.setString(2, name);
            p.setString(3, type.name());
            p.executeUpdate();
        }
        byField.put(field, new Column(field, name, type, false));
        version++;
        takenLower.add(name.toLowerCase(Locale.ROOT));
    }

    private void widen(Connection c, Column old, ColumnType to) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + Sql.EVENTS + " ALTER COLUMN " + Sql.ident(old.name()) + " TYPE " + to);
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE event_fields SET type = ?, widened = true WHERE field = ?")) {
            p.setString(1, to.name());
            p.setString(2, old.field());
            p.executeUpdate();
        }
        byField.put(old.field(), new Column(old.field(), old.name(), to, true));
        version++;
    }

    /** Forgets changes made in a transaction that rolled back. */
    void reload(Connection c) throws SQLException {
        version++;
        byField.clear();
        takenLower.retainAll(Set.of());
        for (String sys : Sql.STORED_SYSTEM_COLUMNS) {
            takenLower.add(sys.toLowerCase(Locale.ROOT));
        }
        load(c);
    }
}
