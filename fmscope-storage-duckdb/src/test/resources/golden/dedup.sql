-- filter cached | fields status, retries | dedup status
-- pushed down: events, filters taken: 1
SELECT "@timestamp", "@ingestionTime", "@log", "@logStream", "@ptr", "@message" FROM events WHERE "@log" IN (?::VARCHAR) AND "@timestamp" >= ?::BIGINT AND "@timestamp" < ?::BIGINT AND "cached" ORDER BY "@timestamp", "@ptr"
-- parameters: [g, 0, 86400000]
