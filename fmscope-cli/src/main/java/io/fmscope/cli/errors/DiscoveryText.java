package io.fmscope.cli.errors;

import io.fmscope.patterns.discovery.DiscoveredPattern;
import io.fmscope.patterns.discovery.DiscoveryReport;
import java.io.PrintWriter;
import java.util.List;

/** The text output of {@code errors discover}: per log group a table, new templates first. */
final class DiscoveryText {
    private DiscoveryText() {
    }

    static void print(PrintWriter out, List<DiscoveryReport> reports, long skipped) {
        boolean anyNew = false;
        if (reports.isEmpty()) out.println("No error messages in the input.");
        for (DiscoveryReport r : reports) {
            int fresh = r.discovered().size();
            anyNew |= fresh > 0;
            out.printf("Log group %s: %d errors, %d templates (%d known, %d new)%s%n", r.logGroup(), r.events(),
                r.patterns().size(), r.known().size(), fresh,
                r.overflow() > 0 ? ", " + r.overflow() + " errors in evicted templates" : "");
            Table t = new Table("STATUS", "ID", "COUNT", "FIRST_SEEN", "LAST_SEEN", "TREND", "CATALOG", "PATTERN");
            for (DiscoveredPattern p : r.patterns()) {
                t.row(p.status().label(), p.templateId(), p.count(), p.firstSeen(), p.lastSeen(),
                    p.trend() == null ? "-" : p.trend().direction().label(),
                    p.catalogPatternId() == null ? "-" : p.catalogPatternId(), p.pattern());
            }
            out.print(t.render());
            out.println();
        }
        if (skipped > 0) out.println(skipped + " lines held no error message and were skipped.");
        if (anyNew) {
            out.println("New templates match no catalog entry. Inspect one with --prompt ID; add it to your catalog with");
            out.println("  fmscope errors promote --from FILE... --template ID --category CATEGORY --catalog USERFILE");
        }
    }
}
