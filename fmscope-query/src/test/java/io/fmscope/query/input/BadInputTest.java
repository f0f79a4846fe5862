package io.fmscope.query.input;

import static io.fmscope.query.input.Files2.read;
import static io.fmscope.query.input.Files2.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void brokenJsonLinesAreCountedAndSkipped() throws IOException {
        Path p = write(dir, "mixed.jsonl", String.join("\n",
                "{\"level\":\"INFO\",\"n\":1}",
                "{\"level\":\"INFO\",\"n\":",
                "{\"level\":\"WARN\"} trailing",
                "{\"a\":1}{\"b\":2}",
                "not json at all",
                "{\"level\":\"ERROR\",\"n\":3}"));
        Files2.Read r = read(p, ReadOptions.DEFAULT);
        assertThat(r.format()).isEqualTo(InputFormat.JSON_MESSAGES);
        assertThat(r.events()).extracting(LogEvent::message)
                .containsExactly("{\"level\":\"INFO\",\"n\":1}", "{\"level\":\"ERROR\",\"n\":3}");
        assertThat(r.counts().broken()).isEqualTo(4);
    }

    @Test
    void brokenEnvelopesAreCountedAndSkipped() throws IOException {
        Path p = write(dir, "env.jsonl", String.join("\n",
                "{\"timestamp\":1,\"message\":\"ok\"}",
                "{\"timestamp\":2,\"message\":\"ok2\"}",
                "{\"timestamp\":3}",
                "{\"message\":\"no ts\"}",
                "{\"timestamp\":4,\"message\":\"cut"));
        Files2.Read r = read(p, ReadOptions.DEFAULT.withFormat(InputFormat.CLOUDWATCH_EVENTS));
        assertThat(r.events()).extracting(LogEvent::message).containsExactly("ok", "ok2");
        assertThat(r.counts().broken()).isEqualTo(3);
    }

    @Test
    void binaryGarbageLinesAreCountedAndSkipped() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"n\":1}\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {0x00, 0x01, 0x02, '\n'});                   // NUL bytes
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 'a', '\n'});     // not UTF-8
        out.writeBytes(new byte[] {(byte) 0xc3, '\n'});                        // cut multi-byte character
        out.writeBytes(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80, '\n'}); // encoded surrogate
        out.writeBytes("{\"n\":2,\"jp\":\"マンガ\"}\n".getBytes(StandardCharsets.UTF_8));
        Files2.Read r = read(write(dir, "bin.jsonl", out.toByteArray()), ReadOptions.DEFAULT);
        assertThat(r.events()).extracting(LogEvent::message).containsExactly("{\"n\":1}", "{\"n\":2,\"jp\":\"マンガ\"}");
        assertThat(r.counts().binary()).isEqualTo(4);
    }

    @Test
    void aWholeFileOfRandomBytesNeverCrashes() throws IOException {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            byte[] junk = new byte[random.nextInt(200_000)];
            random.nextBytes(junk);
            Files2.Read r = read(write(dir, "junk" + round, junk), ReadOptions.DEFAULT);
            ReadCounts c = r.counts();
            assertThat(c.events() + c.blank() + c.broken() + c.binary() + c.oversized() + c.outOfRange())
                    .isGreaterThanOrEqualTo(c.lines());
            for (LogEvent e : r.events()) {
                assertThat(e.message()).doesNotContain("\u0000");
            }
        }
    }

    @Test
    void gzipMagicWithGarbageAfterIsAnIoError() throws IOException {
        Path p = write(dir, "fake.gz", new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(p, ReadOptions.DEFAULT))
                .isInstanceOf(IOException.class);
    }

    @Test
    void hugeLinesAreSkippedOrTruncated() throws IOException {
        String huge = "{\"msg\":\"" + "é".repeat(1_500_000) + "\"}";
        Path p = write(dir, "huge.jsonl", "{\"n\":1}\n" + huge + "\n{\"n\":2}\n");
        Files2.Read skipped = read(p, ReadOptions.DEFAULT);
        assertThat(skipped.events()).extracting(LogEvent::message).containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(skipped.counts().oversized()).isEqualTo(1);

        Path text = write(dir, "huge.txt", "x\n" + "é".repeat(1_500_000) + "\ny\n");
        Files2.Read truncated = read(text, ReadOptions.DEFAULT.withMaxLine(1001, OversizePolicy.TRUNCATE));
        assertThat(truncated.events()).hasSize(3);
        String cut = truncated.events().get(1).message();
        assertThat(cut).hasSize(500).matches("é+");
        assertThat(truncated.counts().oversized()).isEqualTo(1);
    }
}
