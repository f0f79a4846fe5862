package io.fmscope.cli.diagnose;

import io.fmscope.incidents.diagnose.Diagnosis;
import io.fmscope.incidents.diagnose.Hypothesis;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A diagnosis as text for a terminal: traffic, then each hypothesis with its evidence, remediation and prompt. */
public final class DiagnosisText {
    private static final int MAX_ROWS = 25;

    private DiagnosisText() {}

    /** With {@code prompts}, the assistant prompt of the top hypothesis is printed in full. */
    public static String render(Diagnosis d, boolean prompts) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.incidentId() == null ? "Diagnosis" : "Diagnosis of " + d.incidentId()).append("  (")
                .append(time(d.from())).append(" to ").append(time(d.to())).append(", compared with the ")
                .append(minutes(Duration.between(d.baselineFrom(), d.baselineTo()))).append(" before)\n");
        var t = d.traffic();
        sb.append(String.format(Locale.ROOT, "Traffic: %,d calls, errors %.1f%% (before %.1f%%), p50 %s, p99 %s (before %s, %s),"
                        + " cost $%.2f/h (before $%.2f/h)%n", t.calls(), 100 * t.errorRate(), 100 * t.baselineErrorRate(),
                seconds(t.p50Ms()), seconds(t.p99Ms()), seconds(t.baselineP50Ms()), seconds(t.baselineP99Ms()),
                t.costPerHourUsd(), t.baselineCostPerHourUsd()));
        if (d.hypotheses().isEmpty()) sb.append("\nNo root-cause hypothesis: nothing departed from the baseline.\n");
        for (Hypothesis h : d.hypotheses()) hypothesis(sb, h, prompts && h.rank() == 1);
        for (String note : d.notes()) sb.append("\nNote: ").append(note).append('\n');
        return sb.toString();
    }

    private static void hypothesis(StringBuilder sb, Hypothesis h, boolean prompt) {
        sb.append(String.format(Locale.ROOT, "%n#%d  %s at %s", h.rank(), h.category(), h.component()));
        if (h.patternId() != null) sb.append(" - ").append(h.patternName()).append(" (").append(h.patternId())
                .append(h.taxonomyType() == null ? "" : ", " + h.taxonomyType()).append(')');
        sb.append(String.format(Locale.ROOT, "  confidence %.2f%n", h.confidence()));
        var s = h.scores();
        sb.append(String.format(Locale.ROOT, "    started %s; explains %.0f%% of the departure, precedence %.2f, catalog match %.2f%s%n",
                time(h.startedAt()), 100 * s.explained(), s.precedence(), s.catalogMatch(), s.symptom() ? " (a symptom)" : ""));
        sb.append("    ").append(h.summary()).append('\n');
        for (Hypothesis.Evidence e : h.evidence()) evidence(sb, e);
        if (!h.exampleRequestIds().isEmpty()) sb.append("    Requests: ").append(String.join(", ", h.exampleRequestIds())).append('\n');
        if (!h.exampleTraceIds().isEmpty()) sb.append("    Traces:   ").append(String.join(", ", h.exampleTraceIds())).append('\n');
        sb.append("    Remediation (").append(h.remediation()).append("):\n");
        for (String step : h.remediationSteps()) sb.append("      ").append(step).append('\n');
        if (prompt) {
            sb.append("    Assistant prompt:\n");
            for (String line : h.assistantPrompt().split("\n", -1)) sb.append("      ").append(line).append('\n');
        }
    }

    private static void evidence(StringBuilder sb, Hypothesis.Evidence e) {
        sb.append("    Evidence: ").append(e.description()).append(" (").append(time(e.from())).append(" to ")
                .append(time(e.to())).append(")\n");
        for (String line : e.query().split("\n")) sb.append("        ").append(line).append('\n');
        List<List<String>> rows = e.rows();
        int[] width = new int[e.columns().size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = e.columns().get(c).length();
            for (List<String> r : rows.subList(0, Math.min(MAX_ROWS, rows.size())))
                width[c] = Math.max(width[c], Math.min(60, cell(r.get(c)).length()));
        }
        row(sb, e.columns(), width);
        for (List<String> r : rows.subList(0, Math.min(MAX_ROWS, rows.size()))) row(sb, r, width);
        if (rows.size() > MAX_ROWS) sb.append("      ... ").append(rows.size() - MAX_ROWS).append(" more rows\n");
    }

    private static void row(StringBuilder sb, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder("      ");
        for (int c = 0; c < width.length; c++) {
            String v = cell(cells.get(c));
            if (v.length() > 60) v = v.substring(0, 59) + "…";
            line.append(v).append(" ".repeat(Math.max(0, width[c] - v.length() + 2)));
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    private static String cell(String v) {
        return v == null ? "" : v.replace('\n', ' ');
    }

    static String time(Instant t) {
        return t == null ? "-" : t.toString().replace('T', ' ');
    }

    private static String minutes(Duration d) {
        long m = d.toMinutes();
        return m >= 60 && m % 60 == 0 ? (m / 60) + " h" : m + " min";
    }

    private static String seconds(double ms) {
        return String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }
}
