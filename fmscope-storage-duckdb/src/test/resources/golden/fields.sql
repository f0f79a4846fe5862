-- fields @timestamp, metadata.model_id as model, latency.total_e2e_ms * 2 as doubled | filter model != "haiku"
-- pushed down: rows: filter, fields, sort, limit
SELECT "@timestamp" AS "c0", "metadata.model_id" AS "c1", ("latency.total_e2e_ms" * CAST(?::BIGINT AS DOUBLE)) AS "c2", "@timestamp" AS "c3" FROM events WHERE "@log" IN (?::VARCHAR) AND "@timestamp" >= ?::BIGINT AND "@timestamp" < ?::BIGINT AND ("metadata.model_id" <> ?::VARCHAR) ORDER BY "c3" DESC NULLS LAST, "@timestamp", "@ptr" LIMIT ?::BIGINT
-- parameters: [2, g, 0, 86400000, haiku, 10000]
