-- stats count(*) as calls, sum(retries) as retries, count_distinct(metadata.model_id) as models by status | sort calls desc, retries asc
-- pushed down: rows: stats, sort, limit
SELECT g."k0" AS "c0", g."s0" AS "c1", g."s1" AS "c2", g."s2" AS "c3", g."n" AS "c4" FROM (SELECT "status" AS "k0", count(*) AS "s0", sum("retries") AS "s1", count(DISTINCT "metadata.model_id") AS "s2", count(*) AS "n", min(("@timestamp", "@ptr")) AS "first" FROM events WHERE "@log" IN (?::VARCHAR) AND "@timestamp" >= ?::BIGINT AND "@timestamp" < ?::BIGINT GROUP BY 1) g ORDER BY "c1" DESC NULLS LAST, "c2" ASC NULLS LAST, g."first" LIMIT ?::BIGINT
-- parameters: [g, 0, 86400000, 10000]
