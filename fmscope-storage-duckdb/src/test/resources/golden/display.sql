-- filter retries > 0 | display @timestamp, retries, status
-- pushed down: rows: filter, fields, sort, limit
SELECT "@timestamp" AS "c0", "retries" AS "c1", "status" AS "c2", "@timestamp" AS "c3" FROM events WHERE "@log" IN (?::VARCHAR) AND "@timestamp" >= ?::BIGINT AND "@timestamp" < ?::BIGINT AND ("retries" > ?::BIGINT) ORDER BY "c3" DESC NULLS LAST, "@timestamp", "@ptr" LIMIT ?::BIGINT
-- parameters: [g, 0, 86400000, 0, 10000]
