package io.fmscope.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedDataFileTest {
    @TempDir Path dir;

    @Test
    void writesOneRecordPerLinePlainOrGzipped() throws IOException {
        Path plain = dir.resolve("a.jsonl");
        Path gz = dir.resolve("a.jsonl.gz");
        long bytes = SeedDataFile.write(plain, 200, GeneratorConfig.DEFAULT, SeedDataFile.Layout.MESSAGES);
        SeedDataFile.write(gz, 200, GeneratorConfig.DEFAULT, SeedDataFile.Layout.MESSAGES);
        List<String> lines = Files.readAllLines(plain);
        assertThat(lines).hasSize(200);
        assertThat(Files.size(plain)).isEqualTo(bytes);
        SeedRecordGenerator g = SeedRecordGenerator.standard();
        for (String line : lines) assertThat(line).isEqualTo(g.next().json());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(plain));
        }
    }

    @Test
    void mainWritesEnvelopes() throws IOException {
        Path out = dir.resolve("e.jsonl");
        SeedDataFile.main(new String[] {"--out", out.toString(), "--count", "3", "--envelopes"});
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"timestamp\":").contains("\"logGroupName\":\"/mangaassist/fm-calls\"");
    }
}
