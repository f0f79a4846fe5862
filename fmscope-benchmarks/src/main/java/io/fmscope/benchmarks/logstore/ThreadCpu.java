package io.fmscope.benchmarks.logstore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of every native thread of this process (JVM compiler and GC threads and DuckDB's own threads
 * included, which {@code ThreadMXBean} does not see), read from {@code /proc/self/task/<tid>/stat}, so a
 * benchmark can say which threads used the CPU during a phase. Threads are grouped by name with trailing
 * digits removed ({@code C2 CompilerThre}, {@code duckdb-scan-stats-}, ...). Empty where /proc is missing.
 */
final class ThreadCpu {
    private static final double TICKS_PER_MS = 100.0 / 1000; // USER_HZ is 100 on Linux

    private final Map<String, Long> ticksByTid;
    private final Map<String, String> nameByTid;

    private ThreadCpu(Map<String, Long> ticks, Map<String, String> names) {
        this.ticksByTid = ticks;
        this.nameByTid = names;
    }

    static ThreadCpu now() {
        Map<String, Long> ticks = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] rest = stat.substring(close + 2).split(" ");
                    // fields 14 and 15 (utime, stime) are rest[11] and rest[12] after "pid (comm) "
                    ticks.put(t.getFileName().toString(), Long.parseLong(rest[11]) + Long.parseLong(rest[12]));
                    names.put(t.getFileName().toString(), stat.substring(open + 1, close).replaceAll("\\d+$", ""));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while listed
                }
            }
        } catch (IOException e) {
            return new ThreadCpu(Map.of(), Map.of());
        }
        return new ThreadCpu(ticks, names);
    }

    /** Milliseconds of CPU per thread-name group since {@code before}, largest first, as "name ms, ...". */
    String since(ThreadCpu before, int top) {
        Map<String, Long> byName = new TreeMap<>();
        ticksByTid.forEach((tid, t) -> byName.merge(nameByTid.get(tid), t - before.ticksByTid.getOrDefault(tid, 0L),
                Long::sum));
        StringBuilder out = new StringBuilder();
        byName.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(out.isEmpty() ? "" : ", ").append(e.getKey().strip()).append(' ')
                        .append(Math.round(e.getValue() / TICKS_PER_MS)).append(" ms"));
        return out.toString();
    }
}
