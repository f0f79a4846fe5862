package io.fmscope.storage.duckdb.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.trace.TraceQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written by the primary-keyed layout (full JSON bodies, a traces table) opens and keeps merging. */
class TraceSchemaMigrationTest {
    private static final String TRACE = "5759e988bd862e3fe1be46a994272793";
    private static final long T0 = 1_700_000_000_000_000_000L;
    @TempDir Path dir;

    @Test void oldLayoutIsRewrittenOnceAndReadsBack() throws Exception {
        String cols = "trace_id VARCHAR NOT NULL, span_id VARCHAR NOT NULL, parent_id VARCHAR, name VARCHAR NOT NULL,"
                + " service VARCHAR NOT NULL, origin VARCHAR, kind VARCHAR NOT NULL, segment BOOLEAN NOT NULL,"
                + " namespace VARCHAR NOT NULL, start_ns BIGINT NOT NULL, end_ns BIGINT NOT NULL, in_progress BOOLEAN"
                + " NOT NULL, status_code VARCHAR NOT NULL, error BOOLEAN NOT NULL, throttle BOOLEAN NOT NULL,"
                + " fault BOOLEAN NOT NULL, http_method VARCHAR, http_url VARCHAR, http_status INTEGER, aws_operation"
                + " VARCHAR, aws_retries INTEGER, gen_ai_model VARCHAR, gen_ai_provider VARCHAR, source VARCHAR NOT"
                + " NULL, attributes VARCHAR NOT NULL, body VARCHAR NOT NULL";
        String body = "{\"trace\":\"" + TRACE + "\",\"id\":\"47526757130f9f53\",\"name\":\"POST /chat\",\"service\":"
                + "\"chatbot\",\"origin\":\"AWS::ECS::Container\",\"kind\":\"SERVER\",\"segment\":true,\"namespace\":"
                + "\"NONE\",\"start\":" + T0 + ",\"end\":" + (T0 + 5_000_000) + ",\"inProgress\":false,\"status\":"
                + "\"ERROR\",\"statusMessage\":\"boom\",\"error\":false,\"throttle\":false,\"fault\":true,\"http\":"
                + "{\"method\":\"POST\",\"url\":\"/chat\",\"userAgent\":null,\"clientIp\":null,\"status\":500,"
                + "\"xForwardedFor\":false,\"traced\":false},\"aws\":{\"operation\":null,\"accountId\":null,\"region\":"
                + "null,\"requestId\":null,\"tableName\":null,\"queueUrl\":null,\"other\":{}},\"cause\":{"
                + "\"workingDirectory\":null,\"paths\":[],\"exceptions\":[],\"exceptionRef\":null},\"attributes\":{"
                + "\"http.route\":{\"s\":\"/chat\"}},\"resource\":{},\"annotations\":{},\"metadata\":{},\"events\":[],"
                + "\"links\":[],\"source\":\"OTLP\"}";
        Path db = dir.resolve("db");
        java.nio.file.Files.createDirectories(db);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.resolve(DuckTraceStore.DATABASE_FILE));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE spans (" + cols + ", PRIMARY KEY (trace_id, span_id))");
            s.execute("CREATE TABLE spans_staging (" + cols + ")");
            s.execute("CREATE TABLE traces (trace_id VARCHAR PRIMARY KEY, start_ns BIGINT NOT NULL, end_ns BIGINT"
                    + " NOT NULL, last_ns BIGINT NOT NULL, issues BOOLEAN NOT NULL)");
            s.execute("CREATE INDEX spans_by_trace ON spans (trace_id)");
            s.execute("INSERT INTO spans VALUES ('" + TRACE + "', '47526757130f9f53', NULL, 'POST /chat', 'chatbot',"
                    + " 'AWS::ECS::Container', 'SERVER', true, 'NONE', " + T0 + ", " + (T0 + 5_000_000) + ", false,"
                    + " 'ERROR', false, false, true, 'POST', '/chat', 500, NULL, NULL, NULL, NULL, 'OTLP', '{}', '"
                    + body + "')");
            s.execute("INSERT INTO traces VALUES ('" + TRACE + "', " + T0 + ", " + (T0 + 5_000_000) + ", "
                    + (T0 + 5_000_000) + ", true)");
        }
        TraceId id = TraceId.parse(TRACE);
        try (DuckTraceStore store = DuckTraceStore.open(db)) {
            Span root = store.reader().trace(id).orElseThrow().spans().getFirst();
            assertThat(root.origin()).isEqualTo("AWS::ECS::Container");
            assertThat(root.http().status()).isEqualTo(500);
            assertThat(root.status().message()).isEqualTo("boom");
            assertThat(root.outcome().fault()).isTrue();
            assertThat(store.reader().find(TraceQuery.between(T0, T0 + 1).withIssuesOnly(true))).hasSize(1);
            Span child = Span.builder(id, SpanId.parse("00000000000000aa"), "db").parentId(root.spanId())
                    .service("chatbot").startNanos(T0 + 1).endNanos(T0 + 2).build();
            Span changed = root.toBuilder().attribute("v", AttributeValue.of(2L)).build();
            store.writer().write(List.of(child, changed));
            assertThat(store.reader().trace(id).orElseThrow().spans()).containsExactly(changed, child);
            assertThat(store.reader().spanCount()).isEqualTo(2);
        }
        try (DuckTraceStore again = DuckTraceStore.open(db)) { // the rewrite happened once; reopening keeps it
            assertThat(again.reader().trace(id).orElseThrow().spans()).hasSize(2);
            assertThat(again.services().find("chatbot").orElseThrow().origin()).isEqualTo("AWS::ECS::Container");
        }
    }
}
