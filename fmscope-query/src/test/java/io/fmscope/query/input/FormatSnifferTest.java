package io.fmscope.query.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    private static InputFormat detect(String head) {
        byte[] b = head.getBytes(StandardCharsets.UTF_8);
        return FormatSniffer.detect(b, b.length, true);
    }

    @Test
    void votesByMajority() {
        String env = "{\"timestamp\":1714557600000,\"message\":\"hi\"}\n";
        String msg = "{\"level\":\"INFO\"}\n";
        assertThat(detect(env + env + msg)).isEqualTo(InputFormat.CLOUDWATCH_EVENTS);
        assertThat(detect(env + msg + msg + msg)).isEqualTo(InputFormat.JSON_MESSAGES);
        assertThat(detect(msg + "plain\n")).isEqualTo(InputFormat.JSON_MESSAGES);
        assertThat(detect(msg + "plain\nplain\n")).isEqualTo(InputFormat.TEXT);
        assertThat(detect("\n\n")).isEqualTo(InputFormat.TEXT);
        assertThat(detect("{\"events\": [], \"searchedLogStreams\": []}")).isEqualTo(InputFormat.CLOUDWATCH_RESPONSE);
        assertThat(detect("{\n  \"events\": [\n")).isEqualTo(InputFormat.CLOUDWATCH_RESPONSE);
        assertThat(detect("{\"events\": 3}\n")).isEqualTo(InputFormat.JSON_MESSAGES);
    }

    @Test
    void aSingleHugeJsonLineIsJsonMessages() {
        byte[] b = ("{\"a\":\"" + "x".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(FormatSniffer.detect(b, FormatSniffer.SNIFF_BYTES, false)).isEqualTo(InputFormat.JSON_MESSAGES);
    }
}
