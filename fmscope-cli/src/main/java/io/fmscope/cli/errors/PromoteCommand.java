package io.fmscope.cli.errors;

import io.fmscope.errors.catalog.CatalogException;
import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.patterns.discovery.DiscoveredPattern;
import io.fmscope.patterns.discovery.PromotionException;
import io.fmscope.patterns.discovery.PromotionRequest;
import io.fmscope.patterns.discovery.PromotionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fmscope errors promote}: turns a discovered (new) template into an entry of the user's catalog file,
 * so that the same errors are classified by the catalog from then on.
 */
@Command(name = "promote", mixinStandardHelpOptions = true,
    description = {"Add a discovered error template to a user catalog file (created if absent).",
        "The regex comes from the template's constant text; unset fields are placeholders marked TODO."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:promoted", "1:the template cannot be promoted (known, unknown id, unsafe regex, id taken)",
        "2:bad input, catalog or state"})
public final class PromoteCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DiscoveryOptions options;

    @Option(names = "--from", required = true, arity = "1..*", paramLabel = "FILE",
        description = "The error events the template was discovered in (as given to 'errors discover').")
    List<String> from;

    @Option(names = "--template", required = true, paramLabel = "ID", description = "Template id from 'errors discover'.")
    long template;

    @Option(names = "--id", paramLabel = "PATTERN_ID", description = "Id of the new entry (default: the next free USR-NNN).")
    String id;

    @Option(names = "--category", required = true, description = "Category, e.g. RAG_RETRIEVAL or your own (A-Z, 0-9, _).")
    String category;

    @Option(names = "--remediation", paramLabel = "ACTION", description = "Remediation action, e.g. RETRY_WITH_BACKOFF.")
    String remediation;

    @Option(names = "--name", description = "Short title (default: the template).")
    String name;

    @Option(names = "--severity", description = "LOW, MEDIUM, HIGH or CRITICAL.")
    String severity;

    @Option(names = "--catalog", required = true, paramLabel = "USERFILE",
        description = "The user catalog file to append the entry to (FMSCOPE_ERROR_CATALOG files are applied before it).")
    Path userCatalog;

    @Override public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<Path> others = ErrorCatalog.pathsFromEnv(System.getenv()).stream()
            .filter(p -> !p.toAbsolutePath().normalize().equals(userCatalog.toAbsolutePath().normalize())).toList();
        DiscoveryOptions.Run run;
        try {
            List<Path> all = new ArrayList<>(others);
            if (Files.exists(userCatalog)) all.add(userCatalog);
            run = options.discover(spec.commandLine(), ErrorCatalog.load(all), from);
        } catch (CatalogException | UncheckedIOException | IllegalStateException e) {
            return fail(err, e.getMessage(), 2);
        }
        PromotionResult r;
        DiscoveredPattern before;
        try {
            before = run.discovery().pattern(options.logGroup, template)
                .orElseThrow(() -> new PromotionException("no template " + template + " in log group " + options.logGroup));
            r = run.discovery().promote(options.logGroup, template,
                new PromotionRequest(id, category, remediation, name, severity), userCatalog, others);
        } catch (PromotionException | IllegalArgumentException e) {
            return fail(err, e.getMessage(), 1);
        }
        run.discovery().save();
        DiscoveredPattern after = run.discovery().pattern(options.logGroup, template).orElseThrow();
        out.printf("Added %s to %s (category %s, remediation %s).%n", r.patternId(), r.file(), category,
            r.catalog().find(r.patternId()).orElseThrow().remediation());
        out.println("regex: " + r.regex());
        out.printf("Template %d (%d errors) is now %s, classified as %s.%n", before.templateId(), after.count(),
            after.status().label(), after.catalogPatternId());
        if (!r.placeholders().isEmpty()) {
            out.println("Fill in the placeholders marked TODO in " + r.file() + ": " + String.join(", ", r.placeholders()) + ".");
        }
        out.flush();
        return 0;
    }

    private static int fail(java.io.PrintWriter err, String message, int code) {
        err.println("error: " + message);
        err.flush();
        return code;
    }
}
