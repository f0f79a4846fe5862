package io.fmscope.benchmarks.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the numbers were measured on: CPUs, memory, load, JVM and jq versions. */
record Machine(int cpus, String cpuModel, long memoryMb, String loadAverage, String java, String jq) {

    static Machine describe(String jqVersion) {
        return new Machine(Runtime.getRuntime().availableProcessors(), readCpuModel(), readMemoryMb(), currentLoad(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), jqVersion);
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} prints them. */
    static String currentLoad() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String readCpuModel() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name", "unknown");
    }

    private static long readMemoryMb() {
        String kb = firstValue(Path.of("/proc/meminfo"), "MemTotal", "0 kB").split("\\s+")[0];
        return Long.parseLong(kb) / 1024;
    }

    private static String firstValue(Path file, String key, String fallback) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String l : lines) {
                if (l.startsWith(key)) return l.substring(l.indexOf(':') + 1).strip();
            }
        } catch (IOException e) {
            // not Linux: say so in the report
        }
        return fallback;
    }
}
