package io.fmscope.errors.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogValidationTest {
    @TempDir Path dir;

    static final String NEW_ENTRY = """
            patterns:
              - pattern_id: "MA-001"
                category: "PAYMENT"
                name: "Payment provider declined"
                description: "The payment API rejected the card"
                regex_patterns: ['card_declined']
                error_codes: ["CardDeclined"]
                root_cause: "Issuer declined"
                impact: "Order not placed"
                remediation: "NO_ACTION"
                remediation_steps: ["1. Ask for another card"]
                severity: "LOW"
                is_transient: false
                expected_frequency: "1% of checkouts"
                assistant_prompt: "How do I handle card_declined?"
                upstream_services: ["app"]
            """;

    @Test
    void aUserFileAddsEntriesAfterTheBuiltInOnes() throws IOException {
        ErrorCatalog catalog = ErrorCatalog.load(List.of(write("mine.yaml", NEW_ENTRY)));

        assertThat(catalog.size()).isEqualTo(ErrorCatalog.builtIn().size() + 1);
        assertThat(catalog.patterns().getLast().id()).isEqualTo("MA-001");
        assertThat(catalog.find("MA-001").orElseThrow().source()).endsWith("mine.yaml");
    }

    @Test
    void anEntryWithAnExistingIdOverridesOnlyTheFieldsItNames() throws IOException {
        ErrorCatalog catalog = ErrorCatalog.load(List.of(write("override.yaml", """
                patterns:
                  - pattern_id: "EP-001"
                    remediation: "SWITCH_MODEL"
                    regex_patterns: ['ThrottlingException', 'Too many tokens']
                """)));

        var p = catalog.find("EP-001").orElseThrow();
        assertThat(p.remediation()).isEqualTo("SWITCH_MODEL");
        assertThat(p.regexPatterns()).containsExactly("ThrottlingException", "Too many tokens");
        assertThat(p.name()).isEqualTo("Bedrock Throttling");
        assertThat(catalog.size()).isEqualTo(ErrorCatalog.builtIn().size());
    }

    @Test
    void enabledFalseRemovesAnEntry() throws IOException {
        ErrorCatalog catalog = ErrorCatalog.load(List.of(write("off.yaml", """
                patterns:
                  - pattern_id: "EP-007"
                    enabled: false
                """)));

        assertThat(catalog.find("EP-007")).isEmpty();
    }

    @Test
    void aBadRegexNamesTheFileTheEntryAndTheField() throws IOException {
        Path file = write("bad-regex.yaml", NEW_ENTRY.replace("['card_declined']", "['card_declined', 'amount (']"));

        assertThatThrownBy(() -> ErrorCatalog.load(List.of(file)))
                .isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.file()).endsWith("bad-regex.yaml");
                    assertThat(e.entry()).startsWith("MA-001");
                    assertThat(e.field()).isEqualTo("regex_patterns[1]");
                })
                .hasMessageContaining("bad-regex.yaml").hasMessageContaining("MA-001")
                .hasMessageContaining("regex_patterns[1]").hasMessageContaining("invalid regex");
    }

    @Test
    void aRegexThatCanBacktrackCatastrophicallyIsRefused() throws IOException {
        Path file = write("redos.yaml", NEW_ENTRY.replace("['card_declined']", "['(\\\\w+\\\\s?)*$']"));

        assertThatThrownBy(() -> ErrorCatalog.load(List.of(file)))
                .isInstanceOf(CatalogException.class).hasMessageContaining("nested quantifier");
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws IOException {
        Path file = write("missing.yaml", NEW_ENTRY.replace("    root_cause: \"Issuer declined\"\n", ""));

        assertThatThrownBy(() -> ErrorCatalog.load(List.of(file)))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.field()).isEqualTo("root_cause"))
                .hasMessageContaining("missing.yaml").hasMessageContaining("missing required field");
    }

    @Test
    void unknownFieldsAndValuesAreRejected() throws IOException {
        Path typo = write("typo.yaml", NEW_ENTRY.replace("severity:", "severty:"));
        Path action = write("action.yaml", NEW_ENTRY.replace("\"NO_ACTION\"", "\"REBOOT\""));

        assertThatThrownBy(() -> ErrorCatalog.load(List.of(typo))).hasMessageContaining("'severty'").hasMessageContaining("unknown field");
        assertThatThrownBy(() -> ErrorCatalog.load(List.of(action))).hasMessageContaining("'remediation'").hasMessageContaining("REBOOT");
    }

    @Test
    void aBadOverrideIsReportedAgainstTheUserFile() throws IOException {
        Path file = write("override-bad.yaml", """
                patterns:
                  - pattern_id: "EP-003"
                    severity: "SEVERE"
                """);

        assertThatThrownBy(() -> ErrorCatalog.load(List.of(file)))
                .isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.file()).endsWith("override-bad.yaml");
                    assertThat(e.field()).isEqualTo("severity");
                });
    }

    @Test
    void aTaxonomyTypeCanHaveOnlyOneOwner() throws IOException {
        Path file = write("taxonomy.yaml", NEW_ENTRY + "    taxonomy_types: [\"CacheMiss\"]\n");

        assertThatThrownBy(() -> ErrorCatalog.load(List.of(file)))
                .hasMessageContaining("CacheMiss").hasMessageContaining("already owned by entry EP-007");
    }

    @Test
    void fileLevelProblemsAreReported() throws IOException {
        Path duplicate = write("dup.yaml", NEW_ENTRY + NEW_ENTRY.substring(NEW_ENTRY.indexOf("  - pattern_id")));
        Path notYaml = write("broken.yaml", "patterns: [\n  - {");
        Path shape = write("shape.yaml", "entries: []\n");

        assertThatThrownBy(() -> ErrorCatalog.load(List.of(duplicate))).hasMessageContaining("duplicate pattern_id");
        assertThatThrownBy(() -> ErrorCatalog.load(List.of(notYaml))).hasMessageContaining("not valid YAML at line");
        assertThatThrownBy(() -> ErrorCatalog.load(List.of(shape))).hasMessageContaining("unknown top-level key");
        assertThatThrownBy(() -> ErrorCatalog.load(List.of(dir.resolve("absent.yaml")))).hasMessageContaining("cannot read");
    }

    @Test
    void theEnvironmentVariableListsFilesSeparatedByThePathSeparator() {
        String value = "/a/one.yaml" + File.pathSeparator + " /b/two.yaml " + File.pathSeparator;

        assertThat(ErrorCatalog.pathsFromEnv(Map.of(ErrorCatalog.ENV_VAR, value)))
                .containsExactly(Path.of("/a/one.yaml"), Path.of("/b/two.yaml"));
        assertThat(ErrorCatalog.pathsFromEnv(Map.of())).isEmpty();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
