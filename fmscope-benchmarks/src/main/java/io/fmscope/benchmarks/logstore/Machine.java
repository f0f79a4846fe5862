package io.fmscope.benchmarks.logstore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the machine is and how busy it was: processors, CPU model, memory, load average. */
final class Machine {
    private Machine() {
    }

    static String loadAverage() {
        return read("/proc/loadavg").split(" ").length >= 3
                ? String.join(" ", java.util.Arrays.copyOf(read("/proc/loadavg").split(" "), 3)) : "unknown";
    }

    static String describe() {
        String model = read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        String mem = read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB").orElse("unknown memory");
        return Runtime.getRuntime().availableProcessors() + " vCPUs (" + model + "), " + mem + ", "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
