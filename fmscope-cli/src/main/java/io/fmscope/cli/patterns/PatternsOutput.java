package io.fmscope.cli.patterns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fmscope.patterns.Template;
import io.fmscope.patterns.TemplateMiner;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints mined templates as a text table or JSON; ids are the final ones after all input was mined. */
final class PatternsOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final TemplateMiner miner;
    private final List<Long> assigned;
    private final long skipped;
    private final Set<Long> live = new HashSet<>();

    PatternsOutput(TemplateMiner miner, List<Long> assigned, long skipped) {
        this.miner = miner;
        this.assigned = assigned;
        this.skipped = skipped;
        for (Template t : miner.templates()) live.add(t.id());
    }

    void table(PrintWriter out) {
        long total = Math.max(1, miner.lineCount());
        out.printf(Locale.ROOT, "%6s %8s %7s  %s%n", "ID", "COUNT", "RATIO", "PATTERN");
        for (Template t : miner.templates()) {
            out.printf(Locale.ROOT, "%6d %8d %7.4f  %s%n", t.id(), t.count(), (double) t.count() / total, t.pattern());
        }
        out.printf(Locale.ROOT, "%d lines, %d templates, %d in overflow, %d skipped%n",
            miner.lineCount(), miner.templateCount(), miner.overflowCount(), skipped);
    }

    /** One line per input line: its final template id, or {@code -} when the line was skipped. */
    void assignmentsText(PrintWriter out) {
        for (long id : assigned) out.println(id < 0 ? "-" : Long.toString(finalId(id)));
    }

    void json(PrintWriter out, boolean withAssignments) {
        long total = Math.max(1, miner.lineCount());
        List<Map<String, Object>> templates = new ArrayList<>();
        for (Template t : miner.templates()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("pattern", t.pattern());
            m.put("typedPattern", t.typedPattern());
            m.put("count", t.count());
            m.put("ratio", (double) t.count() / total);
            m.put("variableLength", t.variableLength());
            m.put("tokens", t.tokens());
            m.put("samples", t.samples());
            templates.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("lines", miner.lineCount());
        doc.put("skipped", skipped);
        doc.put("overflow", miner.overflowCount());
        doc.put("templates", templates);
        if (withAssignments) doc.put("assignments", assigned.stream().map(id -> id < 0 ? null : finalId(id)).toList());
        try {
            out.println(JSON.writeValueAsString(doc));
        } catch (Exception e) {
            throw new UncheckedIOException(new java.io.IOException(e));
        }
    }

    /** The template a line ended in, or the overflow bucket if that template was evicted. */
    private long finalId(long id) {
        long r = miner.resolve(id);
        return live.contains(r) ? r : Template.OVERFLOW_ID;
    }
}
