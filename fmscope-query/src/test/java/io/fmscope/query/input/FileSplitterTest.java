package io.fmscope.query.input;

import static io.fmscope.query.input.Files2.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSplitterTest {
    @TempDir
    Path dir;

    private Path mixed() throws IOException {
        Random rnd = new Random(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 400; i++) {
            String line = switch (i % 9) {
                case 0 -> "{\"broken\":";
                case 1 -> "";
                case 2 -> "{\"t\":\"x\",\"pad\":\"" + "y".repeat(rnd.nextInt(3000)) + "\"}\r";
                default -> "{\"timestamp\":" + (1714557600000L + i) + ",\"i\":" + i + ",\"jp\":\"マンガ\"}";
            };
            out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
            if (i % 50 == 7) out.writeBytes(new byte[] {(byte) 0xff, 0, '\n'});
        }
        out.writeBytes("{\"timestamp\":1714557600000,\"last\":true}".getBytes(StandardCharsets.UTF_8));
        return write(dir, "mixed.jsonl", out.toByteArray());
    }

    private static List<LogEvent> events(LogFileReader r, List<ReadCounts> counts) {
        List<LogEvent> out = new ArrayList<>();
        try (r) {
            r.forEachRemaining(out::add);
            counts.add(r.counts());
        }
        return out;
    }

    @Test
    void partsStartAtLineStartsAndReadLikeTheWholeFile() throws IOException {
        Path file = mixed();
        List<FilePart> parts = FileSplitter.split(file, 6, 1000, ReadOptions.DEFAULT);
        assertThat(parts).hasSize(6);
        byte[] bytes = Files.readAllBytes(file);
        long at = 0;
        for (FilePart p : parts) {
            assertThat(p.start()).isEqualTo(at);
            assertThat(p.start() == 0 || bytes[(int) p.start() - 1] == '\n').isTrue();
            assertThat(p.format()).isEqualTo(InputFormat.JSON_MESSAGES);
            at = p.end();
        }
        assertThat(at).isEqualTo(bytes.length);
        List<ReadCounts> wholeCounts = new ArrayList<>();
        List<LogEvent> whole = events(LogFileReader.open(file, ReadOptions.DEFAULT), wholeCounts);
        List<ReadCounts> partCounts = new ArrayList<>();
        List<LogEvent> fromParts = new ArrayList<>();
        for (FilePart p : parts) fromParts.addAll(events(LogFileReader.open(p, ReadOptions.DEFAULT), partCounts));
        assertThat(fromParts).extracting(LogEvent::message).containsExactlyElementsOf(
                whole.stream().map(LogEvent::message).toList());
        assertThat(fromParts).extracting(LogEvent::timestamp).containsExactlyElementsOf(
                whole.stream().map(LogEvent::timestamp).toList());
        assertThat(partCounts.stream().reduce(ReadCounts.ZERO, ReadCounts::plus)).isEqualTo(wholeCounts.get(0));
        assertThat(wholeCounts.get(0).binary()).isPositive();
        assertThat(wholeCounts.get(0).broken()).isPositive();
    }

    @Test
    void aLineLongerThanAPartMakesFewerParts() throws IOException {
        String big = "{\"timestamp\":1714557600000,\"pad\":\"" + "z".repeat(50_000) + "\"}\n";
        Path file = write(dir, "big.jsonl", "{\"a\":1}\n" + big + "{\"b\":2}\n");
        List<FilePart> parts = FileSplitter.split(file, 10, 1000, ReadOptions.DEFAULT);
        assertThat(parts.size()).isBetween(2, 3);
        List<String> messages = new ArrayList<>();
        for (FilePart p : parts) {
            events(LogFileReader.open(p, ReadOptions.DEFAULT), new ArrayList<>()).forEach(e -> messages.add(e.message()));
        }
        assertThat(messages).containsExactly("{\"a\":1}", big.strip(), "{\"b\":2}");
    }

    @Test
    void gzipSmallAndResponseFilesStayWhole() throws IOException {
        String lines = "{\"a\":1}\n".repeat(2000);
        Path gz = write(dir, "a.jsonl.gz", Files2.gzip(lines));
        assertThat(FileSplitter.split(gz, 4, 100, ReadOptions.DEFAULT))
                .containsExactly(new FilePart(gz, 0, Files.size(gz), null));
        Path small = write(dir, "small.jsonl", lines);
        assertThat(FileSplitter.split(small, 4, 1 << 20, ReadOptions.DEFAULT)).hasSize(1);
        Path response = write(dir, "resp.json", "{\"events\":[" + "{\"timestamp\":1,\"message\":\"m\"},".repeat(500)
                + "{\"timestamp\":2,\"message\":\"n\"}]}");
        assertThat(FileSplitter.split(response, 4, 100, ReadOptions.DEFAULT)).hasSize(1);
    }

    @Test
    void aPartThatStartsWithGzipMagicIsStillText() throws IOException {
        byte[] content = ("{\"a\":1}\n" + "x".repeat(300) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(content);
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 'q', '\n'});
        out.writeBytes("{\"b\":2}\n".repeat(40).getBytes(StandardCharsets.UTF_8));
        Path file = write(dir, "magic.jsonl", out.toByteArray());
        List<ReadCounts> counts = new ArrayList<>();
        for (FilePart p : FileSplitter.split(file, 3, 100, ReadOptions.DEFAULT)) {
            events(LogFileReader.open(p, ReadOptions.DEFAULT), counts);
        }
        ReadCounts sum = counts.stream().reduce(ReadCounts.ZERO, ReadCounts::plus);
        assertThat(sum.events()).isEqualTo(41);
        assertThat(sum.binary() + sum.broken()).isEqualTo(2);
    }
}
