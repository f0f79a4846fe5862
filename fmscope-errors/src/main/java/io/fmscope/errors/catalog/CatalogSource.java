package io.fmscope.errors.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The text of one catalog file and the name used for it in error messages. */
public record CatalogSource(String name, String text) {
    public static final String BUILT_IN_RESOURCE = "/io/fmscope/errors/catalog.yaml";

    public static CatalogSource builtIn() {
        try (InputStream in = CatalogSource.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
            return new CatalogSource("catalog.yaml (built-in)", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CatalogSource of(Path file) {
        try {
            return new CatalogSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CatalogException(file.toString(), null, null, "cannot read: " + e.getMessage());
        }
    }
}
