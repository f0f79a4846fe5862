-- filter status = "ERROR" and (latency.total_e2e_ms > 3000 or retries in [2, 3]) and not cached and @message like /Throttl/ | stats count(*) as errors
-- pushed down: rows: filter, stats, limit
SELECT g."s0" AS "c0", g."n" AS "c1" FROM (SELECT count(*) AS "s0", count(*) AS "n" FROM events WHERE "@log" IN (?::VARCHAR) AND "@timestamp" >= ?::BIGINT AND "@timestamp" < ?::BIGINT AND (((("status" = ?::VARCHAR) AND (("latency.total_e2e_ms" > ?::BIGINT) OR ("retries" IN (?::BIGINT, ?::BIGINT)))) AND (NOT "cached")) AND contains("@message", ?::VARCHAR))) g LIMIT ?::BIGINT
-- parameters: [g, 0, 86400000, ERROR, 3000, 2, 3, Throttl, 10000]
