package io.fmscope.errors.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.errors.Categories;
import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.RemediationAction;
import io.fmscope.errors.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuiltInCatalogTest {
    private final ErrorCatalog catalog = ErrorCatalog.builtIn();

    @Test
    void everyTaxonomyTypeOfSection6IsOwnedByExactlyOneEntry() {
        Map<String, Long> owners = catalog.patterns().stream().flatMap(p -> p.taxonomyTypes().stream())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));

        assertThat(Taxonomy.types()).hasSize(25).doesNotHaveDuplicates();
        assertThat(owners.keySet()).containsExactlyInAnyOrderElementsOf(Taxonomy.types());
        assertThat(owners.values()).containsOnly(1L);
    }

    @Test
    void theTaxonomyListIsExactlyTheSeedDiagramsErrorNodes() throws IOException {
        String seed = seedText();
        String section6 = seed.substring(seed.indexOf("6. Error Taxonomy for GenAI Applications"),
                seed.indexOf("7. FMLogAnalyzer"));
        var nodes = new java.util.ArrayList<String>();
        var m = java.util.regex.Pattern.compile("\\b[MCDIA]E\\d+\\[(\\w+)<br/>").matcher(section6);
        while (m.find()) nodes.add(m.group(1));

        assertThat(nodes).containsExactlyElementsOf(Taxonomy.types());
    }

    @Test
    void seedEntriesAreVerbatim() throws IOException {
        String seed = seedText();
        for (int i = 1; i <= 8; i++) {
            ErrorPattern p = catalog.find("EP-00" + i).orElseThrow();
            assertThat(seed).contains("pattern_id=\"" + p.id() + "\"", "category=ErrorCategory." + p.category() + ",",
                    "name=\"" + p.name() + "\"", "description=\"" + p.description() + "\"",
                    "root_cause=\"" + p.rootCause() + "\"", "impact=\"" + p.impact() + "\"",
                    "remediation=RemediationAction." + p.remediation() + ",", "severity=\"" + p.severity() + "\"",
                    "is_transient=" + (p.transientError() ? "True" : "False"),
                    "expected_frequency=\"" + p.expectedFrequency() + "\"",
                    "q_developer_prompt=\"" + p.assistantPrompt() + "\"",
                    "error_codes=" + pythonList(p.errorCodes(), "\""));
            p.regexPatterns().forEach(r -> assertThat(seed).contains("r\"" + r + "\","));
            p.remediationSteps().forEach(s -> assertThat(seed).contains("\"" + s + "\","));
        }
    }

    @Test
    void entriesUseKnownCategoriesAndSeedRemediationActions() {
        assertThat(catalog.size()).isEqualTo(32);
        assertThat(catalog.patterns()).allSatisfy(p -> {
            assertThat(Categories.all()).contains(p.category());
            assertThat(RemediationAction.ALL).contains(p.remediation());
            assertThat(p.upstreamServices()).isNotEmpty();
            assertThat(p.source()).contains("built-in");
        });
        assertThat(catalog.patterns().stream().map(ErrorPattern::category).distinct())
                .containsAll(Categories.ADDED);
    }

    private static String pythonList(List<String> items, String quote) {
        return items.stream().map(s -> quote + s + quote).collect(Collectors.joining(", ", "[", "]"));
    }

    static String seedText() throws IOException {
        return Files.readString(Path.of(System.getProperty("fmscope.shared"), "seed", "000_b07461b1c4b94a2d.txt"));
    }
}
