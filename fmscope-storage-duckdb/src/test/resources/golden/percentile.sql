-- stats pct(latency.total_e2e_ms, 50) as p50, percentile(latency.total_e2e_ms, 90) as p90 by status
-- pushed down: rows: stats
SELECT g."k0" AS "c0", g."s0" AS "c1", g."s1"[greatest(1, least(len(g."s1"), CAST(ceil(?::DOUBLE / 100.0::DOUBLE * CAST(len(g."s1") AS DOUBLE)) AS BIGINT)))] AS "c2", g."n" AS "c3" FROM (SELECT "status" AS "k0", quantile_disc("latency.total_e2e_ms", ?::DECIMAL(18,1)) AS "s0", list_sort(list("latency.total_e2e_ms") FILTER (WHERE "latency.total_e2e_ms" IS NOT NULL)) AS "s1", count(*) AS "n", min(("@timestamp", "@ptr")) AS "first" FROM events WHERE "@log" IN (?::VARCHAR) AND "@timestamp" >= ?::BIGINT AND "@timestamp" < ?::BIGINT GROUP BY 1) g ORDER BY g."first"
-- parameters: [90.0, 0.5, g, 0, 86400000]
