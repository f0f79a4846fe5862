package io.fmscope.query.analyzer;

import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.SourceSelector;
import io.fmscope.query.plan.SourceSpec;
import io.fmscope.query.plan.SourceTimes;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the leading {@code SOURCE} commands into a {@link SourceSpec}: quoted names are exact groups,
 * {@code logGroups(namePrefix: [...])} adds prefixes (at most 5, as documented); other logGroups arguments
 * ({@code class}, account identifiers) do not narrow a local input and are accepted as they are.
 */
final class SourceAnalyzer {
    static final int MAX_PREFIXES = 5;

    private final AnalysisContext ctx;

    SourceAnalyzer(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    record Result(SourceSpec spec, int commandsUsed) {}

    Result analyze(List<Command> commands) {
        List<String> groups = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String start = null;
        String end = null;
        int i = 0;
        for (; i < commands.size() && commands.get(i) instanceof Command.Source s; i++) {
            for (SourceSelector sel : s.selectors()) {
                switch (sel) {
                    case SourceSelector.GroupName g -> groups.add(g.name());
                    case SourceSelector.LogGroups g -> prefixes.addAll(prefixes(g));
                }
            }
            if (s.start() != null) start = time(s.start(), s);
            if (s.end() != null) end = time(s.end(), s);
        }
        if (prefixes.size() > MAX_PREFIXES) {
            throw ctx.error("SOURCE takes at most " + MAX_PREFIXES + " name prefixes", commands.get(0).span());
        }
        return new Result(new SourceSpec(groups, prefixes, start, end), i);
    }

    private List<String> prefixes(SourceSelector.LogGroups g) {
        List<String> out = new ArrayList<>();
        for (SourceSelector.NamedArg a : g.args()) {
            if (!a.name().equals("namePrefix")) continue;
            if (!(a.value() instanceof Expr.ArrayLit list)) {
                throw ctx.error("namePrefix takes a list of strings, e.g. ['/aws/lambda']", a.value().span());
            }
            for (Expr item : list.items()) {
                if (!(item instanceof Expr.StringLit s)) {
                    throw ctx.error("namePrefix takes a list of strings", item.span());
                }
                out.add(s.value());
            }
        }
        return out;
    }

    private String time(String raw, Command.Source s) {
        try {
            SourceTimes.resolve(raw, 0);
            return raw;
        } catch (IllegalArgumentException e) {
            throw ctx.error(e.getMessage(), s.span());
        }
    }
}
