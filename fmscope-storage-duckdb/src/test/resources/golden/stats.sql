-- filter status = "SUCCESS" | stats avg(latency.total_e2e_ms) as avg_ms, pct(latency.total_e2e_ms, 99) as p99, count(*) as calls by bin(5m)
-- pushed down: rows: filter, stats, sort, limit
SELECT g."k0" AS "c0", g."s0" AS "c1", g."s1" AS "c2", g."s2" AS "c3", g."k0" AS "c4", g."n" AS "c5" FROM (SELECT ("@timestamp" - "@timestamp" % ?::BIGINT) AS "k0", favg("latency.total_e2e_ms") AS "s0", quantile_disc("latency.total_e2e_ms", ?::DECIMAL(18,2)) AS "s1", count(*) AS "s2", count(*) AS "n" FROM events WHERE "@log" IN (?::VARCHAR) AND "@timestamp" >= ?::BIGINT AND "@timestamp" < ?::BIGINT AND ("status" = ?::VARCHAR) GROUP BY 1) g ORDER BY "c0" ASC NULLS LAST LIMIT ?::BIGINT
-- parameters: [300000, 0.99, g, 0, 86400000, SUCCESS, 10000]
