package io.fmscope.model.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogEventTest {

    @Test
    void ofUsesTheTimestampAsIngestionTime() {
        LogEvent e = LogEvent.of(1714557600000L, "msg", "stream", "group", "id-1");
        assertThat(e.ingestionTime()).isEqualTo(1714557600000L);
        assertThat(e).isEqualTo(new LogEvent(1714557600000L, 1714557600000L, "msg", "stream", "group", "id-1"));
    }

    @Test
    void textFieldsAreNeverNull() {
        assertThatThrownBy(() -> LogEvent.of(0, null, "s", "g", "i")).isInstanceOf(NullPointerException.class)
                .hasMessage("message");
        assertThatThrownBy(() -> LogEvent.of(0, "m", null, "g", "i")).hasMessage("logStream");
        assertThatThrownBy(() -> LogEvent.of(0, "m", "s", null, "i")).hasMessage("logGroup");
        assertThatThrownBy(() -> LogEvent.of(0, "m", "s", "g", null)).hasMessage("id");
    }
}
