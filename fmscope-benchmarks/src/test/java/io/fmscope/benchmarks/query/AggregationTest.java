package io.fmscope.benchmarks.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.benchmarks.data.GeneratorConfig;
import io.fmscope.benchmarks.data.SeedDataFile;
import io.fmscope.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark's two sides compute the same thing: checked against a plain-Java computation on 3,000 records. */
class AggregationTest {
    @TempDir
    static Path dir;
    static Path data;
    static List<Aggregation.Bucket> expected;

    @BeforeAll
    static void generate() throws IOException {
        data = dir.resolve("fm.jsonl");
        GeneratorConfig sparse = new GeneratorConfig(7, GeneratorConfig.DEFAULT.startMillis(), 2_000, 0.2);
        SeedDataFile.write(data, 3000, sparse, SeedDataFile.Layout.MESSAGES); // about 20 buckets
        Map<Long, List<Double>> groups = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(data)) {
            JsonNode r = json.readTree(line);
            if (!r.path("log_type").asText().equals("FM_CALL") || !r.path("status").asText().equals("SUCCESS")) {
                continue;
            }
            long bucket = Math.floorDiv(r.at("/metadata/timestamp_epoch_ms").asLong(), 300_000L) * 300_000L;
            groups.computeIfAbsent(bucket, k -> new ArrayList<>()).add(r.at("/latency/bedrock_invoke_ms").asDouble());
        }
        expected = new ArrayList<>();
        groups.forEach((t, v) -> {
            List<Double> sorted = v.stream().sorted().toList();
            double avg = v.stream().mapToDouble(Double::doubleValue).sum() / v.size();
            expected.add(new Aggregation.Bucket(t, avg, sorted.get((int) Math.ceil(0.99 * v.size()) - 1)));
        });
    }

    @Test
    void fmscopeQueryComputesTheAggregation() throws IOException {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int rc = cli.execute("query", Aggregation.QUERY, "--file", data.toString(), "--format", "csv",
                "--progress", "never");
        assertThat(rc).isZero();
        Path csv = Files.writeString(dir.resolve("fm.csv"), out.toString());
        List<Aggregation.Bucket> buckets = Aggregation.fromFmscope(csv);
        assertThat(buckets).hasSizeGreaterThan(10);
        assertThat(Aggregation.disagreement(buckets, expected)).isNull();
    }

    @Test
    void jqComputesTheSameAggregation() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/jq")), "jq not installed");
        Path program = Files.writeString(dir.resolve("agg.jq"), Aggregation.JQ);
        Path out = dir.resolve("jq.csv");
        Timed.Run run = Timed.run(List.of("jq", "-n", "-r", "-f", program.toString(), data.toString()), out,
                dir.resolve("jq.err"));
        assertThat(run.wall()).isPositive();
        assertThat(Aggregation.disagreement(Aggregation.fromJq(out), expected)).isNull();
    }

    @Test
    void disagreementsAreNamed() {
        Aggregation.Bucket b = expected.get(0);
        List<Aggregation.Bucket> changed = new ArrayList<>(expected);
        changed.set(0, new Aggregation.Bucket(b.start(), b.avg(), b.p99() + 0.1));
        assertThat(Aggregation.disagreement(changed, expected)).contains("p99");
        changed.set(0, new Aggregation.Bucket(b.start(), b.avg() * (1 + 1e-6), b.p99()));
        assertThat(Aggregation.disagreement(changed, expected)).contains("avg");
        assertThat(Aggregation.disagreement(expected.subList(1, expected.size()), expected)).contains("count");
    }

    @Test
    void reportShowsMediansAndTheRatio() {
        List<Timed.Run> fm = List.of(new Timed.Run(2, 3, 1), new Timed.Run(4, 5, 1), new Timed.Run(3, 4, 0));
        List<Timed.Run> one = List.of(new Timed.Run(5, 4, 1), new Timed.Run(6, 4.5, 0.5), new Timed.Run(4, 3, 1));
        List<Timed.Run> jq = List.of(new Timed.Run(30, 29, 1), new Timed.Run(31, 30, 1), new Timed.Run(29, 28, 1));
        assertThat(Report.median(fm, Timed.Run::wall)).isEqualTo(3);
        Machine m = new Machine(2, "cpu", 1024, "1, 2, 3", "jvm", "jq-1.6");
        String md = Report.markdown(new Report.Input(1000, 5000, 3, "summary", 3, 2, fm, one, jq, m, "1", "2"));
        assertThat(md).contains("**10.0× faster than jq** in wall time (6.0× with one thread) and 6.0× in CPU")
                .contains("**200 events per CPU-second**")
                .contains("| fmscope query (--threads 2) | 3.00 | 4.00 | 333 | 250 |")
                .contains("| fmscope query --threads 1 | 5.00 | 5.00 | 200 | 200 |")
                .contains("| jq | 30.00 | 30.00 | 33 | 33 |");
    }
}
