-- fields @timestamp, status | filter latency.total_e2e_ms >= 1500.5 | limit 20
-- pushed down: rows: filter, fields, sort, limit
SELECT "@timestamp" AS "c0", "status" AS "c1", "@timestamp" AS "c2" FROM events WHERE "@log" IN (?::VARCHAR) AND "@timestamp" >= ?::BIGINT AND "@timestamp" < ?::BIGINT AND ("latency.total_e2e_ms" >= ?::DOUBLE) ORDER BY "c2" DESC NULLS LAST, "@timestamp", "@ptr" LIMIT ?::BIGINT
-- parameters: [g, 0, 86400000, 1500.5, 20]
