package io.fmscope.cli.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3's bad input, end to end through {@code fmscope query}: clear errors or counted skips, never a crash. */
class BadInputCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run fmscope(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    private Path lines(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void aHundredKilobyteQueryRunsOrIsRejectedWithItsPosition() throws IOException {
        Path f = lines("a.jsonl", "{\"timestamp\":1714564800000,\"f1\":\"x\",\"f7\":7}");
        String wide = "fields " + IntStream.range(0, 15_000).mapToObj(i -> "f" + i).collect(Collectors.joining(", "))
                + " | filter f1 = 'x'";
        assertThat(wide.length()).isGreaterThan(100_000);
        Run ok = fmscope("query", wide, "--file", f.toString(), "--format", "csv");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out().lines().skip(1).findFirst().orElseThrow()).startsWith(",x,,,,,,7,");

        String chain = "filter " + IntStream.range(0, 12_000).mapToObj(i -> "a" + i + " = 1")
                .collect(Collectors.joining(" or "));
        Run deep = fmscope("query", chain, "--file", f.toString());
        assertThat(deep.exit()).isEqualTo(2);
        assertThat(deep.err()).matches("(?s)1:\\d+: expression nested too deeply.*");

        Run parens = fmscope("query", "fields " + "(".repeat(50_000) + "1" + ")".repeat(50_000), "--file",
                f.toString());
        assertThat(parens.exit()).isEqualTo(2);
        assertThat(parens.err()).startsWith("1:").contains("nested too deeply");
        assertThat(parens.err().length()).as("the snippet is cut around the caret").isLessThan(2_000);
    }

    @Test
    void catastrophicRegexesGiveUpAndAreCounted() throws IOException {
        String csv = IntStream.range(0, 40).mapToObj(Integer::toString).collect(Collectors.joining(",")) + ",";
        Path f = lines("app.log", csv, "1,2,3,4,5,6,7,8,9,10,11,P", csv);
        Run filter = fmscope("query", "filter @message like /(.*,){11}P/ | stats count(*) as n", "--file", f.toString(),
                "--format", "csv");
        assertThat(filter.exit()).isZero();
        assertThat(filter.out()).isEqualTo("n\r\n1\r\n");
        assertThat(filter.err()).contains("a regex gave up (catastrophic backtracking) on 2 values");

        Run parse = fmscope("query", "parse @message /(?<head>(.*,){11})P/ | stats count(head) as n", "--file",
                f.toString(), "--format", "csv");
        assertThat(parse.exit()).isZero();
        assertThat(parse.out()).isEqualTo("n\r\n1\r\n");
        assertThat(parse.err()).contains("gave up").contains("on 2 values");
    }

    @Test
    void brokenJsonLinesAndBinaryGarbageAreSkippedAndCounted() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < 300; i++) {
            String line = i % 10 == 3 ? // 30 broken lines, all odd (ERROR) ones
                    "{\"status\":\"SUCCESS\",\"ms\":" : "{\"timestamp\":" + (1714564800000L + i)
                    + ",\"status\":\"" + (i % 2 == 0 ? "SUCCESS" : "ERROR") + "\",\"ms\":" + i + "}";
            bytes.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
            if (i % 50 == 0) bytes.writeBytes(new byte[] {(byte) 0xc3, 0x28, 0, 7, '\n'});
        }
        Path f = Files.write(dir.resolve("mixed.jsonl"), bytes.toByteArray());
        Run r = fmscope("query", "stats count(*) as n, max(ms) as top by status | sort status", "--file", f.toString(),
                "--format", "csv", "--threads", "2");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("status,n,top\r\nERROR,120,299\r\nSUCCESS,150,298\r\n");
        assertThat(r.err()).contains("skipped lines: 30 broken, 6 binary");

        byte[] junk = new byte[300_000];
        new Random(5).nextBytes(junk);
        Run random = fmscope("query", "stats count(*) as n", "--file", Files.write(dir.resolve("junk.bin"), junk)
                .toString(), "--format", "csv");
        assertThat(random.exit()).isZero();
        assertThat(random.err()).contains("skipped lines:");
    }

    @Test
    void aSubqueryOverStdinSeesTheSameEvents() {
        String input = "{\"timestamp\":1714564800000,\"user\":\"a\",\"status\":\"ERROR\"}\n"
                + "{\"timestamp\":1714564801000,\"user\":\"b\",\"status\":\"SUCCESS\"}\n"
                + "{\"timestamp\":1714564802000,\"user\":\"a\",\"status\":\"SUCCESS\"}\n";
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            Run r = fmscope("query", "filter user in (filter status = 'ERROR' | fields user) | stats count(*) as n"
                    + " by user, @log", "--file", "-", "--format", "csv");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).isEqualTo("user,@log,n\r\na,stdin,2\r\n");
            assertThat(r.err()).contains("3 events scanned");
        } finally {
            System.setIn(saved);
        }
    }
}
