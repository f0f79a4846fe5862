-- filter status = "THROTTLED" | parse @message '"error_code":"*"' as code | stats count(*) by code
-- pushed down: events, filters taken: 1
SELECT "@timestamp", "@ingestionTime", "@log", "@logStream", "@ptr", "@message" FROM events WHERE "@log" IN (?::VARCHAR) AND "@timestamp" >= ?::BIGINT AND "@timestamp" < ?::BIGINT AND ("status" = ?::VARCHAR) ORDER BY "@timestamp", "@ptr"
-- parameters: [g, 0, 86400000, THROTTLED]
