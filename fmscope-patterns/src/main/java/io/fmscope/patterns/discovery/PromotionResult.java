package io.fmscope.patterns.discovery;

import io.fmscope.errors.catalog.ErrorCatalog;
import java.nio.file.Path;
import java.util.List;

/**
 * A promotion that was written.
 *
 * @param patternId    the new catalog entry's id
 * @param regex        the regex derived from the template
 * @param entryYaml    the YAML appended to the file
 * @param file         the catalog file written
 * @param catalog      the catalog reloaded with the new entry (validated)
 * @param placeholders fields written as placeholders the user must fill in (marked {@code # TODO} in the file)
 */
public record PromotionResult(String patternId, String regex, String entryYaml, Path file, ErrorCatalog catalog,
                              List<String> placeholders) {
    public PromotionResult {
        placeholders = List.copyOf(placeholders);
    }
}
