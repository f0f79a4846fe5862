package io.fmscope.benchmarks.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command to completion with its stdout in a file and measures it: wall time from here, user and system CPU
 * (the child and its threads) from {@code /usr/bin/time} when the machine has it.
 */
final class Timed {
    static final Path TIME = Path.of("/usr/bin/time");

    /** One measured run: seconds of wall clock, user CPU and system CPU (NaN when not measured). */
    record Run(double wall, double user, double sys) {
        double cpu() {
            return user + sys;
        }
    }

    private Timed() {
    }

    static Run run(List<String> command, Path stdout, Path stderr) throws IOException, InterruptedException {
        Path times = Files.createTempFile("fmscope-bench", ".time");
        try {
            List<String> full = new ArrayList<>();
            boolean measured = Files.isExecutable(TIME);
            if (measured) full.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", times.toString()));
            full.addAll(command);
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(full).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            int rc = p.waitFor();
            double wall = (System.nanoTime() - t0) / 1e9;
            if (rc != 0) {
                throw new IOException(command.get(0) + " exited with " + rc + ": " + Files.readString(stderr).strip());
            }
            if (!measured) return new Run(wall, Double.NaN, Double.NaN);
            String[] f = Files.readString(times).strip().split("\\s+");
            return new Run(wall, Double.parseDouble(f[f.length - 2]), Double.parseDouble(f[f.length - 1]));
        } finally {
            Files.deleteIfExists(times);
        }
    }
}
