package io.fmscope.storage.duckdb.trace;

import io.fmscope.storage.trace.ServiceCatalog;
import io.fmscope.storage.trace.ServiceInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Services aggregated from the live spans on each call. */
final class DuckServiceCatalog implements ServiceCatalog {
    private static final String SQL = "SELECT service, any_value(origin) FILTER (WHERE origin IS NOT NULL),"
            + " count(*), min(start_ns), max(start_ns) FROM (" + TraceSql.live(
            "SELECT trace_id, span_id, in_progress, seq, service, json_extract_string(body, '$.origin') AS origin,"
                    + " start_ns FROM spans") + ") WHERE service <> ''";
    private final TraceDb db;

    DuckServiceCatalog(TraceDb db) {
        this.db = db;
    }

    @Override public List<ServiceInfo> list() {
        return run(SQL + " GROUP BY service ORDER BY service", null);
    }

    @Override public Optional<ServiceInfo> find(String name) {
        return run(SQL + " AND service = ? GROUP BY service", name).stream().findFirst();
    }

    private List<ServiceInfo> run(String sql, String arg) {
        return db.query(c -> {
            List<ServiceInfo> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                if (arg != null) {
                    p.setString(1, arg);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ServiceInfo(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                                rs.getLong(5)));
                    }
                }
            }
            return out;
        });
    }
}
