package io.fmscope.benchmarks.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's aggregation, once as a Logs Insights query and once as a jq program with the same semantics, and
 * the comparison of their outputs. Semantics: FM_CALL records with status SUCCESS; the event time is
 * {@code metadata.timestamp_epoch_ms} (the first time field such a record has); five-minute buckets from the epoch;
 * the mean of the numeric {@code latency.bedrock_invoke_ms} values; the 99th percentile by nearest rank (the
 * {@code ceil(0.99 n)}-th smallest value, {@code 0.99 * n} computed in doubles as both tools do).
 */
final class Aggregation {
    static final String QUERY = "filter log_type = \"FM_CALL\" and status = \"SUCCESS\""
            + " | stats avg(latency.bedrock_invoke_ms), pct(latency.bedrock_invoke_ms, 99) by bin(5m)";

    static final String JQ = """
            reduce (inputs | select(.log_type == "FM_CALL" and .status == "SUCCESS")) as $r ({};
              (($r.metadata.timestamp_epoch_ms / 300000 | floor) * 300000 | tostring) as $k
              | if ($r.latency.bedrock_invoke_ms | type) == "number"
                then .[$k] += [$r.latency.bedrock_invoke_ms] else . end)
            | to_entries
            | map((.value | sort) as $s
                  | [(.key | tonumber), ($s | add / length), $s[(($s | length) * (99 / 100) | ceil) - 1]])
            | sort_by(.[0])[]
            | @csv
            """;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /** One bucket: its start (epoch ms), the mean and the 99th percentile. */
    record Bucket(long start, double avg, double p99) {}

    private Aggregation() {
    }

    /** Buckets from {@code fmscope query --format csv} (header, then bucket time as shown, avg, pct). */
    static List<Bucket> fromFmscope(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<Bucket> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            long t = LocalDateTime.parse(f[0], SHOWN).toInstant(ZoneOffset.UTC).toEpochMilli();
            out.add(new Bucket(t, Double.parseDouble(f[1]), Double.parseDouble(f[2])));
        }
        return out;
    }

    /** Buckets from the jq program's CSV (epoch ms, avg, pct). */
    static List<Bucket> fromJq(Path csv) throws IOException {
        List<Bucket> out = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            String[] f = line.split(",");
            out.add(new Bucket(Long.parseLong(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])));
        }
        return out;
    }

    /**
     * Null when both agree: the same buckets, the same percentiles exactly, means within 1e-9 relative (jq adds
     * left to right in doubles, fmscope with compensation, so the last bits may differ); else what differs.
     */
    static String disagreement(List<Bucket> fmscope, List<Bucket> jq) {
        if (fmscope.size() != jq.size()) return "bucket count " + fmscope.size() + " vs " + jq.size();
        for (int i = 0; i < jq.size(); i++) {
            Bucket a = fmscope.get(i);
            Bucket b = jq.get(i);
            String at = Instant.ofEpochMilli(b.start()).toString();
            if (a.start() != b.start()) return "bucket " + i + ": " + Instant.ofEpochMilli(a.start()) + " vs " + at;
            if (a.p99() != b.p99()) return at + ": p99 " + a.p99() + " vs " + b.p99();
            if (Math.abs(a.avg() - b.avg()) > 1e-9 * Math.abs(b.avg())) return at + ": avg " + a.avg() + " vs " + b.avg();
        }
        return null;
    }
}
