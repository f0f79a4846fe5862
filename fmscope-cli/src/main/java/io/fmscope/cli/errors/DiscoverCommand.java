package io.fmscope.cli.errors;

import io.fmscope.errors.catalog.CatalogException;
import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.patterns.discovery.DiscoveryReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fmscope errors discover FILE...}: classifies every error against the catalog and mines it into
 * templates per log group, and prints the known templates (with their catalog entry) and the new ones.
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
    description = {"Group error messages into templates and show which the catalog knows and which are new.",
        "Input: JSON lines (flat events, the seed's structured FM-call log, CloudWatch events) or plain lines."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:done", "2:bad input, catalog or state"})
public final class DiscoverCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin CatalogOption catalog;
    @Mixin DiscoveryOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files of error events ('-' for standard input).")
    List<String> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--prompt", paramLabel = "ID", description = "Print the assistant prompt of template ID instead.")
    Long prompt;

    @Override public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        DiscoveryOptions.Run run;
        try {
            ErrorCatalog loaded = catalog.load();
            run = options.discover(spec.commandLine(), loaded, files);
        } catch (CatalogException | UncheckedIOException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        List<DiscoveryReport> reports = new ArrayList<>();
        for (String g : run.discovery().logGroups()) reports.add(run.report(g));
        var out = spec.commandLine().getOut();
        if (prompt != null) return printPrompt(reports, out, err);
        if (format == OutputFormat.json) out.print(Json.write(DiscoveryJson.document(reports, run.skipped())));
        else DiscoveryText.print(out, reports, run.skipped());
        out.flush();
        return 0;
    }

    /** The template's prompt, from the --log-group group if it has that id, else from the first group that does. */
    private int printPrompt(List<DiscoveryReport> reports, java.io.PrintWriter out, java.io.PrintWriter err) {
        List<DiscoveryReport> ordered = new ArrayList<>(reports);
        ordered.sort(java.util.Comparator.comparing(r -> !r.logGroup().equals(options.logGroup)));
        for (DiscoveryReport r : ordered) {
            var p = r.template(prompt);
            if (p.isPresent()) {
                out.print(p.get().assistantPrompt());
                out.flush();
                return 0;
            }
        }
        err.println("error: no template " + prompt + " in the input");
        err.flush();
        return 2;
    }
}
