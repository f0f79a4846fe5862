package io.fmscope.cli.errors;

import io.fmscope.errors.catalog.ErrorCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --catalog FILE} (repeatable), applied after the files named in FMSCOPE_ERROR_CATALOG. */
public final class CatalogOption {
    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Extra catalog YAML file(s), applied after the built-in catalog and FMSCOPE_ERROR_CATALOG.")
    List<Path> files = new ArrayList<>();

    ErrorCatalog load() {
        var all = new ArrayList<>(ErrorCatalog.pathsFromEnv(System.getenv()));
        all.addAll(files);
        return ErrorCatalog.load(all);
    }
}
