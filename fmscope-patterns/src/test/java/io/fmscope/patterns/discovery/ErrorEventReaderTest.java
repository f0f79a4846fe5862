package io.fmscope.patterns.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ErrorEventReaderTest {
    private final ErrorEventReader reader = new ErrorEventReader("app");

    @Test
    void aPlainLineIsTheMessage() {
        ErrorEvent e = reader.read("redis.exceptions.ConnectionError: Error 111 connecting to 127.0.0.1:6379.\r").orElseThrow();
        assertThat(e.message()).isEqualTo("redis.exceptions.ConnectionError: Error 111 connecting to 127.0.0.1:6379.");
        assertThat(e.logGroup()).isEqualTo("app");
        assertThat(e.timestamp()).isNull();
        assertThat(reader.read("   ")).isEmpty();
    }

    @Test
    void flatJsonEventsNameTheirFields() {
        ErrorEvent e = reader.read("""
            {"timestamp": 1714557600000, "message": "Too many requests", "error_code": "ThrottlingException",
             "service": "bedrock", "model_id": "anthropic.claude-3-haiku-20240307-v1:0", "session_id": "s-1",
             "logGroup": "/ecs/manga"}""".replace("\n", "")).orElseThrow();
        assertThat(e).isEqualTo(new ErrorEvent("/ecs/manga", Instant.parse("2024-05-01T10:00:00Z"), "Too many requests",
            "ThrottlingException", "bedrock", "anthropic.claude-3-haiku-20240307-v1:0", "s-1"));
        assertThat(reader.read("{\"timestamp\": 1714557600, \"message\": \"x\"}").orElseThrow().timestamp())
            .isEqualTo(Instant.parse("2024-05-01T10:00:00Z")); // epoch seconds
    }

    @Test
    void theSeedsStructuredLogInACloudWatchEnvelopeIsRead() {
        String structured = """
            {"metadata": {"session_id": "sess-xyz", "model_id": "anthropic.claude-3-sonnet-20240229-v1:0",
              "timestamp_iso": "2024-05-01T10:00:01.500000"},
             "error": {"error_type": "ThrottlingException", "error_code": "UNKNOWN",
              "error_message": "Rate exceeded", "upstream_service": "bedrock"}}""".replace("\n", "");
        String envelope = "{\"timestamp\": 1714557601500, \"message\": " + quote(structured) + "}";
        ErrorEvent e = reader.read(envelope).orElseThrow();
        assertThat(e.message()).isEqualTo("Rate exceeded");
        assertThat(e.errorCode()).isEqualTo("ThrottlingException"); // error_code UNKNOWN falls back to error_type
        assertThat(e.service()).isEqualTo("bedrock");
        assertThat(e.sessionId()).isEqualTo("sess-xyz");
        assertThat(e.modelId()).isEqualTo("anthropic.claude-3-sonnet-20240229-v1:0");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2024-05-01T10:00:01.500Z")); // offset-less ISO is UTC
    }

    @Test
    void jsonWithoutAMessageIsSkippedAndBrokenJsonIsAPlainMessage() {
        assertThat(reader.read("{\"level\": \"ERROR\"}")).isEmpty();
        assertThat(reader.read("{not json").orElseThrow().message()).isEqualTo("{not json");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
