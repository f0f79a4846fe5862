package io.fmscope.sdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricingOverrideTest {

    @TempDir
    Path dir;

    @Test
    void overridesPricesOfAnExistingTierAndKeepsWhatItLeavesOut() throws IOException {
        Path file = write("""
                version: 1
                families:
                  - family: negotiated
                    as_of: "2026-01-01"
                    source: private offer
                    models:
                      - tier: anthropic.claude-3-sonnet
                        input: 2.40
                """);

        PricingCatalog catalog = PricingCatalog.builtIn().withOverrides(file);
        PricingEntry sonnet = catalog.resolve("anthropic.claude-3-sonnet-20240229-v1:0").orElseThrow();

        assertThat(sonnet.prices().inputPerMillion()).isEqualTo(2.40);
        assertThat(sonnet.prices().outputPerMillion()).isEqualTo(15.00);
        assertThat(sonnet.match()).containsExactly("anthropic.claude-3-sonnet");
        assertThat(sonnet.source()).isEqualTo("private offer");
        assertThat(sonnet.region()).isEqualTo("us-east-1");
        assertThat(catalog.entries()).hasSameSizeAs(PricingCatalog.builtIn().entries());
        // 1,000 x 2.40/1M + 100 x 15/1M = 0.0024 + 0.0015
        assertThat(new CostCalculator(catalog).cost("anthropic.claude-3-sonnet-20240229-v1:0",
                TokenUsage.of(1_000, 100)).totalCostUsd()).isCloseTo(0.0039, within(1e-15));
        assertThat(PricingCatalog.builtIn().resolve("anthropic.claude-3-sonnet").orElseThrow()
                .prices().inputPerMillion()).as("built-in untouched").isEqualTo(3.00);
    }

    @Test
    void addsANewModel() throws IOException {
        Path file = write("""
                version: 1
                families:
                  - family: cohere
                    region: us-east-1
                    models:
                      - tier: cohere.command-r-plus
                        match: cohere.command-r-plus
                        input: 3.0
                        output: 15.0
                """);

        PricingCatalog catalog = PricingCatalog.builtIn().withOverrides(file);
        CostBreakdown c = new CostCalculator(catalog).cost("us.cohere.command-r-plus-v1:0", TokenUsage.of(1_000, 0));

        assertThat(c.modelPricingTier()).isEqualTo("cohere.command-r-plus");
        assertThat(c.totalCostUsd()).isCloseTo(0.003, within(1e-15));
        assertThat(catalog.entries()).hasSize(PricingCatalog.builtIn().entries().size() + 1);
        assertThat(catalog.resolve("cohere.command-r-plus").orElseThrow().source()).contains(file.toString());
    }

    @Test
    void environmentVariableNamesTheUserFile() throws IOException {
        Path file = write("""
                version: 1
                families:
                  - family: mine
                    models:
                      - {tier: amazon.nova-micro, output: 0.10}
                """);

        PricingCatalog fromEnv = PricingCatalog.fromEnvironment(Map.of(PricingCatalog.PRICING_FILE_ENV, file.toString()));

        assertThat(fromEnv.resolve("amazon.nova-micro-v1:0").orElseThrow().prices().outputPerMillion()).isEqualTo(0.10);
        assertThat(PricingCatalog.fromEnvironment(Map.of())).isSameAs(PricingCatalog.builtIn());
    }

    @Test
    void aNewTierWithoutPricesNamesFileAndEntry() throws IOException {
        Path file = write("""
                version: 1
                families:
                  - family: mine
                    models:
                      - {tier: acme.fast, match: [acme.fast], input: 1, output: 2}
                      - {tier: acme.slow, match: [acme.slow], input: 1}
                """);

        assertThatThrownBy(() -> PricingCatalog.builtIn().withOverrides(file))
                .isInstanceOf(PricingCatalogException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("families[0].models[1] (tier 'acme.slow')")
                .hasMessageContaining("'match', 'input' and 'output'")
                .satisfies(e -> assertThat(((PricingCatalogException) e).entry())
                        .isEqualTo("families[0].models[1] (tier 'acme.slow')"));
    }

    @Test
    void aNegativePriceNamesFileAndEntry() throws IOException {
        Path file = write("""
                version: 1
                families:
                  - family: mine
                    models:
                      - {tier: anthropic.claude-3-haiku, cache_read: -1}
                """);

        assertThatThrownBy(() -> PricingCatalog.builtIn().withOverrides(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("tier 'anthropic.claude-3-haiku'")
                .hasMessageContaining("cache_read price");
    }

    @Test
    void aMisspelledFieldNamesItsPath() throws IOException {
        Path file = write("""
                version: 1
                families:
                  - family: mine
                    models:
                      - tier: anthropic.claude-3-haiku
                        cache_reads: 0.03
                """);

        assertThatThrownBy(() -> PricingCatalog.builtIn().withOverrides(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("families[0].models[0].cache_reads")
                .hasMessageContaining("Unrecognized field \"cache_reads\"");
    }

    @Test
    void brokenYamlNamesTheLine() throws IOException {
        Path file = write("""
                version: 1
                families:
                  - family: mine
                    models: [ {tier: a.b, input: 1
                """);

        assertThatThrownBy(() -> PricingCatalog.builtIn().withOverrides(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("invalid YAML")
                .hasMessageContaining("line 5");
    }

    @Test
    void aDuplicatedKeyIsRejected() throws IOException {
        Path file = write("""
                version: 1
                families:
                  - family: mine
                    models:
                      - {tier: anthropic.claude-3-haiku, input: 0.2, input: 0.3}
                """);

        assertThatThrownBy(() -> PricingCatalog.builtIn().withOverrides(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("input");
    }

    @Test
    void aPrefixAlreadyPricedByAnotherTierIsRejected() throws IOException {
        Path file = write("""
                version: 1
                families:
                  - family: mine
                    models:
                      - {tier: my-haiku, match: [anthropic.claude-3-haiku], input: 0.2, output: 1}
                """);

        assertThatThrownBy(() -> PricingCatalog.builtIn().withOverrides(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'anthropic.claude-3-haiku'")
                .hasMessageContaining("tier 'my-haiku'")
                .hasMessageContaining("tier 'anthropic.claude-3-haiku' of family 'anthropic-claude-3'");
    }

    @Test
    void aBuiltInPrefixCanBeMovedToAUserTierByFreeingItFirst() throws IOException {
        Path file = write("""
                version: 1
                families:
                  - family: mine
                    models:
                      - {tier: anthropic.claude-3-haiku, match: [anthropic.claude-3-haiku-20240307]}
                      - {tier: my-haiku, match: [anthropic.claude-3-haiku], input: 0.2, output: 1}
                """);

        PricingCatalog catalog = PricingCatalog.builtIn().withOverrides(file);

        assertThat(catalog.resolve("anthropic.claude-3-haiku-20240307-v1:0")).map(PricingEntry::tier)
                .hasValue("anthropic.claude-3-haiku");
        assertThat(catalog.resolve("anthropic.claude-3-haiku-20250101-v1:0")).map(PricingEntry::tier)
                .hasValue("my-haiku");
    }

    @Test
    void structuralErrorsNameTheFile() throws IOException {
        assertThatThrownBy(() -> PricingCatalog.builtIn().withOverrides(write("version: 2\nfamilies: []\n")))
                .hasMessageContaining("version");
        assertThatThrownBy(() -> PricingCatalog.builtIn().withOverrides(write("")))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> PricingCatalog.builtIn().withOverrides(write("""
                version: 1
                families:
                  - models:
                      - {tier: a.b, match: a.b, input: 1, output: 1}
                      - {tier: a.b, input: 2}
                """))).hasMessageContaining("tier 'a.b'").hasMessageContaining("twice");
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> PricingCatalog.builtIn().withOverrides(missing))
                .isInstanceOf(PricingCatalogException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void anEmptyFamilyListChangesNothing() throws IOException {
        PricingCatalog catalog = PricingCatalog.builtIn().withOverrides(write("version: 1\nfamilies: []\n"));

        assertThat(catalog.entries()).isEqualTo(PricingCatalog.builtIn().entries());
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "pricing", ".yaml");
        return Files.writeString(file, yaml);
    }
}
