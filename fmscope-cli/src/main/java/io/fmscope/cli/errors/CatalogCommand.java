package io.fmscope.cli.errors;

import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.catalog.CatalogException;
import io.fmscope.errors.catalog.ErrorCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fmscope errors catalog}: the loaded catalog, built-in entries and user extensions. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "List the error catalog.")
public final class CatalogCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin CatalogOption catalog;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override public Integer call() {
        ErrorCatalog loaded;
        try {
            loaded = catalog.load();
        } catch (CatalogException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
        var out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.print(Json.write(loaded.patterns().stream().map(Json::pattern).toList()));
        } else {
            var table = new Table("PATTERN", "CATEGORY", "SEVERITY", "REMEDIATION", "TAXONOMY", "NAME");
            for (ErrorPattern p : loaded.patterns())
                table.row(p.id(), p.category(), p.severity(), p.remediation(),
                        p.taxonomyTypes().isEmpty() ? "-" : String.join(",", p.taxonomyTypes()), p.name());
            out.print(table.render());
            out.println(loaded.size() + " entries");
        }
        out.flush();
        return 0;
    }
}
