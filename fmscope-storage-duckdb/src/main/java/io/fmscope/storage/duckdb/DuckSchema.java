package io.fmscope.storage.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the system tables on first open; later opens find them in place. A data directory from before the
 * {@code @bytes} column is rebuilt once with it (computed from the messages), keeping every column in order.
 */
final class DuckSchema {
    private DuckSchema() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS log_groups (name VARCHAR NOT NULL, creation_time BIGINT NOT NULL,"
                    + " retention_days INTEGER)");
            s.execute("CREATE TABLE IF NOT EXISTS log_streams (log_group VARCHAR NOT NULL, name VARCHAR NOT NULL,"
                    + " creation_time BIGINT NOT NULL, first_event BIGINT, last_event BIGINT, last_ingestion BIGINT,"
                    + " stored_bytes BIGINT NOT NULL, sequence_token BIGINT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS event_fields (field VARCHAR NOT NULL, col VARCHAR NOT NULL,"
                    + " type VARCHAR NOT NULL, widened BOOLEAN DEFAULT false)");
            // data directories from before the widened flag: their columns count as never widened
            s.execute("ALTER TABLE event_fields ADD COLUMN IF NOT EXISTS widened BOOLEAN DEFAULT false");
            boolean fresh = !exists(s, Sql.EVENTS);
            s.execute(eventsTable(Sql.EVENTS, List.of()));
            if (!fresh && !hasColumn(s, Sql.EVENTS, Sql.BYTES)) {
                addBytes(c, s);
            }
        }
        EventMinutes.open(c);
    }

    /**
     * {@code CREATE TABLE IF NOT EXISTS} of the events table with the given discovered columns. Messages are ZSTD
     * compressed: on kilobyte JSON messages DuckDB's automatic choice (DICT_FSST) costs about twice the CPU time
     * at every checkpoint, which stalls ingest, and takes about five times the space (see the README).
     */
    private static String eventsTable(String name, List<String> discovered) {
        StringBuilder ddl = new StringBuilder("CREATE TABLE IF NOT EXISTS " + name + " ("
                + Sql.ident(Sql.TIMESTAMP) + " BIGINT NOT NULL, "
                + Sql.ident(Sql.INGESTION) + " BIGINT NOT NULL, "
                + Sql.ident(Sql.GROUP) + " VARCHAR NOT NULL, "
                + Sql.ident(Sql.STREAM) + " VARCHAR NOT NULL, "
                + Sql.ident(Sql.ID) + " VARCHAR NOT NULL, "
                + Sql.ident(Sql.MESSAGE) + " VARCHAR NOT NULL USING COMPRESSION zstd, "
                + Sql.ident(Sql.BYTES) + " INTEGER NOT NULL");
        discovered.forEach(d -> ddl.append(", ").append(d));
        return ddl.append(")").toString();
    }

    private static void addBytes(Connection c, Statement s) throws SQLException {
        List<String> defs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT col, type FROM event_fields ORDER BY rowid")) {
            while (rs.next()) {
                names.add(Sql.ident(rs.getString(1)));
                defs.add(Sql.ident(rs.getString(1)) + " " + ColumnType.valueOf(rs.getString(2)));
            }
        }
        String cols = String.join(", ", Sql.ident(Sql.TIMESTAMP), Sql.ident(Sql.INGESTION), Sql.ident(Sql.GROUP),
                Sql.ident(Sql.STREAM), Sql.ident(Sql.ID), Sql.ident(Sql.MESSAGE));
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            s.execute(eventsTable("events_with_bytes", defs));
            s.execute("INSERT INTO events_with_bytes SELECT " + cols + ", CAST(strlen(" + Sql.ident(Sql.MESSAGE)
                    + ") AS INTEGER)" + (names.isEmpty() ? "" : ", " + String.join(", ", names)) + " FROM " + Sql.EVENTS);
            s.execute("DROP TABLE " + Sql.EVENTS);
            s.execute("ALTER TABLE events_with_bytes RENAME TO " + Sql.EVENTS);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static boolean exists(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = '"
                + table + "'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static boolean hasColumn(Statement s, String table, String column) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.columns WHERE table_name = '"
                + table + "' AND column_name = '" + column + "'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }
}
