package io.fmscope.query.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<String> read(String text, int max, List<Boolean> oversized) throws IOException {
        LineReader r = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
        List<String> out = new ArrayList<>();
        while (r.next()) {
            out.add(new String(r.bytes(), r.offset(), r.length(), StandardCharsets.UTF_8));
            oversized.add(r.oversized());
        }
        return out;
    }

    @Test
    void splitsOnLfAndCrLfKeepingEmptyLines() throws IOException {
        List<Boolean> flags = new ArrayList<>();
        assertThat(read("a\r\nb\n\nc", 100, flags)).containsExactly("a", "b", "", "c");
        assertThat(read("a\n", 100, new ArrayList<>())).containsExactly("a");
        assertThat(read("", 100, new ArrayList<>())).isEmpty();
        assertThat(flags).containsOnly(false);
    }

    /** A NUL borrows in the eight-byte check; a NUL after the '\n' must not mark the line before it, at any offset. */
    @Test
    void plainFlagIsPerLineAtEveryWordOffset() throws IOException {
        for (int pad = 0; pad < 20; pad++) {
            String head = "p".repeat(pad);
            String text = head + "\n\0\u0001ab\n" + head + "\u00e9\n" + head + "ok";
            LineReader r = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 100);
            List<Boolean> plain = new ArrayList<>();
            while (r.next()) plain.add(r.plainAscii());
            assertThat(plain).as("pad " + pad).containsExactly(true, false, false, true);
        }
    }

    @Test
    void linesSpanningBufferRefills() throws IOException {
        String longLine = "x".repeat(200_000);
        List<Boolean> flags = new ArrayList<>();
        assertThat(read(longLine + "\nshort\n" + longLine, 1 << 20, flags))
                .containsExactly(longLine, "short", longLine);
        assertThat(flags).containsOnly(false);
    }

    @Test
    void oversizedLinesKeepOnlyTheirHeadAndTheNextLineIsIntact() throws IOException {
        List<Boolean> flags = new ArrayList<>();
        List<String> lines = read("y".repeat(300_000) + "\nnext\n", 1000, flags);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).hasSize(1000);
        assertThat(lines.get(1)).isEqualTo("next");
        assertThat(flags).containsExactly(true, false);
    }
}
