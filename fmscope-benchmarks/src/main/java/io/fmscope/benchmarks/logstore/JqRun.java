package io.fmscope.benchmarks.logstore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark query written for jq over the JSON-lines file in one streaming pass: SUCCESS calls grouped by
 * 5-minute bin of {@code metadata.timestamp_epoch_ms}, average and nearest-rank p99 of
 * {@code latency.total_e2e_ms} per bin.
 */
final class JqRun {
    static final String PROGRAM = "reduce (inputs | select(.status == \"SUCCESS\")"
            + " | [((.metadata.timestamp_epoch_ms / 300000) | floor | tostring), .latency.total_e2e_ms]) as $x"
            + " ({}; .[$x[0]] += [$x[1]])"
            + " | to_entries | map({bin: .key, avg: (.value | add / length),"
            + " p99: (.value | sort | .[(length * 0.99 | ceil) - 1])}) | length";

    /** Wall time and jq's answer (the number of bins). */
    record Run(long nanos, int bins) {
    }

    private JqRun() {
    }

    static Run run(Path lines) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(List.of("jq", "-n", PROGRAM, lines.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jq failed: " + out);
        }
        return new Run(System.nanoTime() - t0, Integer.parseInt(out));
    }
}
