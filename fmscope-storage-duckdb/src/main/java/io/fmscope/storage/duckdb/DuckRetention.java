package io.fmscope.storage.duckdb;

import io.fmscope.storage.LogGroupInfo;
import io.fmscope.storage.Retention;
import java.sql.PreparedStatement;

/** Deletes expired events group by group in one transaction, then recounts the streams it touched. */
final class DuckRetention implements Retention {
    private final DuckState state;

    DuckRetention(DuckState state) {
        this.state = state;
    }

    @Override public long enforce(long nowMillis) {
        return state.transaction(() -> {
            long deleted = 0;
            for (LogGroupInfo g : java.util.List.copyOf(state.groups.values())) {
                if (g.retentionInDays().isEmpty()) {
                    continue;
                }
                long cutoff = nowMillis - g.retentionInDays().getAsInt() * DAY_MILLIS;
                try (PreparedStatement p = state.writer.prepareStatement("DELETE FROM " + Sql.EVENTS + " WHERE "
                        + Sql.ident(Sql.GROUP) + " = ? AND " + Sql.ident(Sql.TIMESTAMP) + " < ?")) {
                    p.setString(1, g.name());
                    p.setLong(2, cutoff);
                    int n = p.executeUpdate();
                    if (n > 0) {
                        deleted += n;
                        EventMinutes.retain(state.writer, g.name(), cutoff);
                        DuckStats.recount(state, g.name());
                    }
                }
            }
            return deleted;
        });
    }
}
