package io.fmscope.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Companion to {@link FmCallLoggingBenchmark} for shared machines: runs the same benchmark
 * methods on one thread and reports thread CPU time per operation next to wall time. CPU time does
 * not count the time the thread waited for a core, so it shows what a record costs even when other
 * processes saturate the machine (JMH's wall-clock average cannot). Usage: {@code java -cp ...
 * io.fmscope.benchmarks.CpuTimeRunner [warmupSeconds] [rounds]}.
 */
public final class CpuTimeRunner {
  private static final int OPS_PER_ROUND = 100_000;

  private CpuTimeRunner() {}

  public static void main(String[] args) throws Exception {
    long warmupNanos = (long) (Double.parseDouble(args.length > 0 ? args[0] : "15") * 1e9);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    System.out.printf("load average before: %s%n", loadAverage());
    System.out.printf("%-14s %6s %18s %18s%n", "benchmark", "chars", "cpu us/op", "wall us/op");
    for (int chars : new int[] {400, 8000}) {
      FmCallLoggingBenchmark b = new FmCallLoggingBenchmark();
      b.promptChars = chars;
      b.setUp();
      Map<String, Supplier<Object>> methods = Map.of("fullRecord", b::fullRecord,
          "successRecord", b::successRecord, "writeJsonOnly", b::writeJsonOnly,
          "promptHashOnly", () -> hash(b));
      for (String name : new String[] {"fullRecord", "successRecord", "writeJsonOnly",
          "promptHashOnly"}) {
        Supplier<Object> op = methods.get(name);
        long end = System.nanoTime() + warmupNanos;
        while (System.nanoTime() < end) {
          for (int i = 0; i < 1000; i++) {
            op.get();
          }
        }
        double[] cpu = new double[rounds];
        double[] wall = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          long c0 = mx.getCurrentThreadCpuTime();
          long w0 = System.nanoTime();
          for (int i = 0; i < OPS_PER_ROUND; i++) {
            op.get();
          }
          cpu[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e3 / OPS_PER_ROUND;
          wall[r] = (System.nanoTime() - w0) / 1e3 / OPS_PER_ROUND;
        }
        System.out.printf("%-14s %6d %18s %18s%n", name, chars, stats(cpu), stats(wall));
      }
    }
    System.out.printf("load average after: %s%n", loadAverage());
  }

  private static Object hash(FmCallLoggingBenchmark b) {
    try {
      return b.promptHashOnly();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Mean ± standard deviation over the rounds. */
  private static String stats(double[] v) {
    double mean = 0;
    for (double x : v) {
      mean += x / v.length;
    }
    double var = 0;
    for (double x : v) {
      var += (x - mean) * (x - mean) / Math.max(1, v.length - 1);
    }
    return String.format("%.2f ± %.2f", mean, Math.sqrt(var));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "n/a";
    }
  }
}
