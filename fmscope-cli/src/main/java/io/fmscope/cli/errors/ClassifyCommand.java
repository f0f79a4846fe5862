package io.fmscope.cli.errors;

import io.fmscope.errors.catalog.CatalogException;
import io.fmscope.errors.classify.ErrorClassifier;
import io.fmscope.errors.classify.PatternMatch;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fmscope errors classify MESSAGE}: ranked matches; exit 0 with a match, 1 without, 2 on a bad catalog. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Rank the catalog entries that match an error message.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:at least one match", "1:no match above confidence 0.5", "2:the catalog could not be loaded"})
public final class ClassifyCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin ErrorInputOptions error;
    @Mixin CatalogOption catalog;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override public Integer call() {
        List<PatternMatch> matches;
        try {
            matches = new ErrorClassifier(catalog.load(), Clock.systemUTC()).match(error.toInput());
        } catch (CatalogException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
        var out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            var rows = new ArrayList<Object>();
            for (int i = 0; i < matches.size(); i++) rows.add(Json.match(i + 1, matches.get(i)));
            out.print(Json.write(rows));
        } else if (matches.isEmpty()) {
            out.println("No catalog entry matched with confidence above " + ErrorClassifier.THRESHOLD + ".");
        } else {
            var table = new Table("RANK", "CATEGORY", "PATTERN", "CONFIDENCE", "MATCHED_BY", "REMEDIATION");
            for (int i = 0; i < matches.size(); i++) {
                PatternMatch m = matches.get(i);
                table.row(i + 1, m.category(), m.patternId(), String.format(Locale.ROOT, "%.2f", m.confidence()),
                        m.matchedBy(), m.remediation());
            }
            out.print(table.render());
        }
        out.flush();
        return matches.isEmpty() ? 1 : 0;
    }
}
