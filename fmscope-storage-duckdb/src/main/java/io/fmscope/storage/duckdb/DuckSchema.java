package io.fmscope.storage.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the system tables on first open; later opens find them in place. */
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
            s.execute("CREATE TABLE IF NOT EXISTS " + Sql.EVENTS + " ("
                    + Sql.ident(Sql.TIMESTAMP) + " BIGINT NOT NULL, "
                    + Sql.ident(Sql.INGESTION) + " BIGINT NOT NULL, "
                    + Sql.ident(Sql.GROUP) + " VARCHAR NOT NULL, "
                    + Sql.ident(Sql.STREAM) + " VARCHAR NOT NULL, "
                    + Sql.ident(Sql.ID) + " VARCHAR NOT NULL, "
                    + Sql.ident(Sql.MESSAGE) + " VARCHAR NOT NULL)");
        }
    }
}
