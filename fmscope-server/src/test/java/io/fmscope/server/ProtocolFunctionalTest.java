package io.fmscope.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.server.api.Json;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON 1.1 envelope: target dispatch, content type, error shapes, empty bodies. */
class ProtocolFunctionalTest {
    @TempDir Path dir;
    private ServerFixture f;

    @BeforeEach void start() {
        f = new ServerFixture(dir, ServerFixture.NO_QUERIES, Clock.systemUTC());
    }

    @AfterEach void stop() {
        f.close();
    }

    @Test void successHasTheAwsContentTypeAndAJsonBody() throws Exception {
        var r = f.post("Logs_20140328.DescribeLogGroups", "");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-amz-json-1.1");
        assertThat(Json.MAPPER.readTree(r.body()).get("logGroups").isArray()).isTrue();
        var created = f.post("Logs_20140328.CreateLogGroup", "{\"logGroupName\":\"x\"}");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).isEqualTo("{}");
    }

    @Test void unknownOrMissingTargetIsUnknownOperation() throws Exception {
        for (String target : new String[] {"Logs_20140328.Nope", "Other_1.CreateLogGroup", null}) {
            var r = f.post(target, "{}");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(Json.MAPPER.readTree(r.body()).get("__type").asText()).isEqualTo("UnknownOperationException");
        }
    }

    @Test void errorBodyHasTypeAndMessage() throws Exception {
        var r = f.post("Logs_20140328.DeleteLogGroup", "{\"logGroupName\":\"missing\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = Json.MAPPER.readTree(r.body());
        assertThat(body.get("__type").asText()).isEqualTo("ResourceNotFoundException");
        assertThat(body.get("message").asText()).isEqualTo("The specified log group does not exist.");
    }

    @Test void nonObjectBodyIsSerializationException() throws Exception {
        var r = f.post("Logs_20140328.CreateLogGroup", "[1,2]");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("SerializationException");
    }
}
