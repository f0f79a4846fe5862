package io.fmscope.patterns.discovery;

import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.catalog.CatalogException;
import io.fmscope.errors.catalog.CatalogSource;
import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.errors.classify.ErrorClassifier;
import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Promotes a discovered pattern into a user catalog file: derives a regex from the template, writes the
 * entry as YAML (placeholders marked {@code # TODO}), appends it to the file's {@code patterns} list
 * (creating the file if absent), and checks before writing that the catalog still loads with the entry in
 * it and that the entry classifies the pattern's sample messages. Nothing is written when a check fails.
 */
public final class CatalogPromoter {
    private static final Pattern USER_ID = Pattern.compile("USR-(\\d+)");
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^([ \\t]*)-[ \\t]+pattern_id[ \\t]*:");
    private static final String HEADER = "# fmscope user error catalog (format: docs/errors.md); load it with"
        + " --catalog FILE or FMSCOPE_ERROR_CATALOG.\n";
    private final Clock clock;

    public CatalogPromoter(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param others catalog files applied after the built-in one and before {@code userFile}
     *               (e.g. those named in FMSCOPE_ERROR_CATALOG), for id and override checks
     * @throws PromotionException with a message for the user when the pattern cannot be promoted
     */
    public PromotionResult promote(DiscoveredPattern p, PromotionRequest r, Path userFile, List<Path> others) {
        if (p.status() != PatternStatus.NEW) {
            throw new PromotionException("template " + p.templateId() + " is already known: it matches catalog entry "
                + p.catalogPatternId());
        }
        String existing = read(userFile);
        ErrorCatalog before = load(others, userFile, existing, null, "the catalog file " + userFile + " is not valid: ");
        String id = r.patternId() != null ? r.patternId() : nextUserId(before);
        before.find(id).ifPresent(e -> {
            throw new PromotionException("pattern_id " + id + " already exists (in " + e.source() + ")");
        });
        String regex;
        try {
            regex = TemplateRegex.derive(p.tokens(), p.variableLength());
        } catch (IllegalArgumentException e) {
            throw new PromotionException("cannot derive a regex from template " + p.templateId() + ": " + e.getMessage());
        }
        // First the entry on its own, so that a bad category or remediation is reported as such ...
        String alone = HEADER + "patterns:\n" + CatalogEntryYaml.render("  ", p, r, id, regex, clock.instant()).yaml();
        load(others, userFile, existing, alone, "the new entry is not valid: ");
        // ... then appended to the file, which can only fail because of the file's layout.
        CatalogEntryYaml.Rendered entry = CatalogEntryYaml.render(indent(existing), p, r, id, regex, clock.instant());
        String updated = existing == null || existing.isBlank() ? alone
            : existing + (existing.endsWith("\n") ? "" : "\n") + entry.yaml();
        String byHand = "cannot append to " + userFile + ": its 'patterns' list is not the last block of the file."
            + " Add this entry to it by hand:\n" + entry.yaml();
        ErrorCatalog after = load(others, userFile, updated, null, byHand + "\nThe file would not load: ");
        ErrorPattern added = after.find(id).orElse(null);
        if (added == null || after.size() != before.size() + 1 || !added.regexPatterns().equals(List.of(regex))) {
            throw new PromotionException(byHand);
        }
        checkClassifies(p, after, id);
        write(userFile, updated);
        return new PromotionResult(id, regex, entry.yaml(), userFile, after, entry.placeholders());
    }

    /** The sample messages (those not cut short) must now be classified by the new entry first. */
    private void checkClassifies(DiscoveredPattern p, ErrorCatalog after, String id) {
        ErrorClassifier classifier = new ErrorClassifier(after, clock);
        for (String sample : p.samples()) {
            if (sample.endsWith("…")) continue; // cut by the miner: the regex may need the rest
            List<PatternMatch> m = classifier.match(ErrorInput.of(sample));
            if (m.isEmpty() || !m.getFirst().patternId().equals(id)) {
                throw new PromotionException("the derived regex does not classify the sample '" + sample + "' as " + id
                    + (m.isEmpty() ? "" : " (" + m.getFirst().patternId() + " ranks first)"));
            }
        }
    }

    /** Built-in, others, the user file's {@code text} (if any) and an extra source (if any), validated. */
    private static ErrorCatalog load(List<Path> others, Path userFile, String text, String extra, String problem) {
        List<CatalogSource> sources = new ArrayList<>();
        sources.add(CatalogSource.builtIn());
        for (Path o : others) sources.add(CatalogSource.of(o));
        if (text != null) sources.add(new CatalogSource(userFile.toString(), text));
        if (extra != null) sources.add(new CatalogSource("new entry", extra));
        try {
            return ErrorCatalog.fromSources(sources);
        } catch (CatalogException e) {
            throw new PromotionException(problem + e.getMessage());
        }
    }

    /** The next free {@code USR-NNN}. */
    static String nextUserId(ErrorCatalog catalog) {
        int max = 0;
        for (ErrorPattern e : catalog.patterns()) {
            Matcher m = USER_ID.matcher(e.id());
            if (m.matches() && m.group(1).length() < 9) max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return String.format(Locale.ROOT, "USR-%03d", max + 1);
    }

    /** The indentation of the file's list items, so the appended item joins the same list. */
    private static String indent(String existing) {
        if (existing == null) return "  ";
        Matcher m = LIST_ITEM.matcher(existing);
        return m.find() ? m.group(1) : "  ";
    }

    private static String read(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new PromotionException("cannot read " + f + ": " + e.getMessage());
        }
    }

    private static void write(Path f, String text) {
        try {
            Path dir = f.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".catalog", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f, e);
        }
    }
}
