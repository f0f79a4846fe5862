package io.fmscope.benchmarks.logstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measurements of a run and their Markdown rendering (medians, every run's value, ratios to targets). */
final class Report {
    final int events;
    final int runs;
    final int senders;
    final List<Long> ingest = new ArrayList<>();
    final List<Long> readJson = new ArrayList<>();
    /** Process CPU time (all threads: senders, server, DuckDB) while ingesting, and while read_json loads. */
    final List<Long> ingestCpu = new ArrayList<>();
    final List<Long> readJsonCpu = new ArrayList<>();
    final List<Long> checkpoint = new ArrayList<>();
    final List<Long> startQuery = new ArrayList<>();
    final List<Long> handSql = new ArrayList<>();
    /** The hand-written SQL prepared once before the runs, then only bound and run. */
    final List<Long> handSqlPrepared = new ArrayList<>();
    final List<Long> engine = new ArrayList<>();
    final List<Long> startQueryServer = new ArrayList<>();
    String plan;
    final List<Long> jq = new ArrayList<>();
    final List<Long> freshness = new ArrayList<>();
    /** Per run: CPU time by thread group during ingest and during the timed queries ({@link ThreadCpu}). */
    final List<String> ingestThreads = new ArrayList<>();
    final List<String> queryThreads = new ArrayList<>();
    String loadBefore;
    String loadAfter;
    int batches;
    long messageBytes;
    int startQueryRows;
    int handSqlRows;
    int jqBins;
    long matched;

    Report(int events, int runs, int senders) {
        this.events = events;
        this.runs = runs;
        this.senders = senders;
    }

    static long median(List<Long> v) {
        List<Long> s = new ArrayList<>(v);
        s.sort(null);
        return s.isEmpty() ? 0 : s.get(s.size() / 2);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%,.1f ms", nanos / 1e6);
    }

    private static String all(List<Long> v) {
        return String.join(", ", v.stream().map(n -> String.format(Locale.ROOT, "%,.0f", n / 1e6)).toList());
    }

    private String rate(long nanos) {
        return String.format(Locale.ROOT, "%,.0f events/s", events / (nanos / 1e9));
    }

    String markdown() {
        long ing = median(ingest);
        long rj = median(readJson);
        long sq = median(startQueryServer);
        long sqClient = median(startQuery);
        long hs = median(handSql);
        long jqm = median(jq);
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%,d seed-shaped events (%,d MB of messages, %,d PutLogEvents batches of"
                + " at most 10,000 events and 1 MiB), %d runs, %d concurrent senders. Machine: %s. Load average"
                + " before %s, after %s.%n%n", events, messageBytes >> 20, batches, runs, senders, Machine.describe(),
                loadBefore, loadAfter));
        b.append("| measurement | median | runs (ms) | target | result |\n|---|---|---|---|---|\n");
        b.append(String.format(Locale.ROOT, "| ingest through PutLogEvents | %s (%s) | %s | | |%n", ms(ing), rate(ing),
                all(ingest)));
        b.append(String.format(Locale.ROOT, "| DuckDB `read_json` of the same lines | %s (%s) | %s | | |%n", ms(rj),
                rate(rj), all(readJson)));
        b.append(String.format(Locale.ROOT, "| ingest rate / read_json rate | %.2f | | >= 0.5 | %s |%n",
                (double) rj / ing, (double) rj / ing >= 0.5 ? "met" : "not met"));
        b.append(String.format(Locale.ROOT, "| process CPU time during ingest (senders included) | %s (%.1f us/event)"
                + " | %s | | |%n", ms(median(ingestCpu)), median(ingestCpu) / 1e3 / events, all(ingestCpu)));
        b.append(String.format(Locale.ROOT, "| process CPU time during read_json | %s (%.1f us/event) | %s | | |%n",
                ms(median(readJsonCpu)), median(readJsonCpu) / 1e3 / events, all(readJsonCpu)));
        b.append(String.format(Locale.ROOT, "| CHECKPOINT after ingest (not in the ingest time) | %s | %s | | |%n",
                ms(median(checkpoint)), all(checkpoint)));
        b.append(String.format(Locale.ROOT, "| query through StartQuery, server time from StartQuery to Complete"
                + " (%d rows, %,d matched) | %s | %s | | |%n", startQueryRows, matched, ms(sq), all(startQueryServer)));
        b.append(String.format(Locale.ROOT, "| same, client time from StartQuery to the Complete response (GetQueryResults"
                + " every 10 ms) | %s | %s | | |%n", ms(sqClient), all(startQuery)));
        b.append(String.format(Locale.ROOT, "| same query in process, no HTTP (ran as `%s`) | %s | %s | | |%n", plan,
                ms(median(engine)), all(engine)));
        b.append(String.format(Locale.ROOT, "| same query, hand-written DuckDB SQL, prepare and run (%d rows) | %s | %s | | |%n",
                handSqlRows, ms(hs), all(handSql)));
        b.append(String.format(Locale.ROOT, "| same hand-written SQL prepared once before the runs, bind and run | %s | %s | | |%n",
                ms(median(handSqlPrepared)), all(handSqlPrepared)));
        b.append(String.format(Locale.ROOT, "| StartQuery server time / hand-written SQL time | %.2f | | <= 1.5 | %s |%n",
                (double) sq / hs, (double) sq / hs <= 1.5 ? "met" : "not met"));
        long hp = median(handSqlPrepared);
        b.append(String.format(Locale.ROOT, "| StartQuery server time / hand-written SQL prepared once | %.2f | | <= 1.5 | %s |%n",
                (double) sq / hp, (double) sq / hp <= 1.5 ? "met" : "not met"));
        if (!jq.isEmpty()) {
            b.append(String.format(Locale.ROOT, "| same query in jq over the JSON lines (%d bins) | %s | %s | | |%n",
                    jqBins, ms(jqm), all(jq)));
            b.append(String.format(Locale.ROOT, "| jq time / StartQuery client time | %.1f | | >= 30 | %s |%n",
                    (double) jqm / sqClient, (double) jqm / sqClient >= 30 ? "met" : "not met"));
        }
        b.append(String.format(Locale.ROOT, "| freshness: PutLogEvents ack to visible in a query | %s | %s | < 1 s | %s |%n",
                ms(median(freshness)), all(freshness), median(freshness) < 1_000_000_000L ? "met" : "not met"));
        b.append("\nCPU time by thread during ingest, per run: ").append(String.join("; ", ingestThreads))
                .append("\n\nCPU time by thread during the timed queries (StartQuery, in-process and hand-written), per run: ")
                .append(String.join("; ", queryThreads)).append('\n');
        return b.toString();
    }
}
