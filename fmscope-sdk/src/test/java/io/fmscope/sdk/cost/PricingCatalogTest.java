package io.fmscope.sdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PricingCatalogTest {

    private final List<PricingEntry> entries = PricingCatalog.builtIn().entries();

    @Test
    void everyEntryHasPositiveInputAndOutputPrices() {
        assertThat(entries).hasSizeGreaterThanOrEqualTo(30);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.prices().inputPerMillion()).as(e.tier()).isPositive().isFinite();
            assertThat(e.prices().outputPerMillion()).as(e.tier()).isPositive().isFinite();
        });
    }

    @Test
    void tiersAndMatchPrefixesAreUnique() {
        Set<String> tiers = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (PricingEntry e : entries) {
            assertThat(tiers.add(e.tier())).as("tier %s listed once", e.tier()).isTrue();
            for (String p : e.match()) {
                assertThat(prefixes.add(p)).as("prefix %s of %s listed once", p, e.tier()).isTrue();
            }
        }
    }

    @Test
    void everyPrefixResolvesToItsOwnTier() {
        // A prefix shadowed by a longer one of another tier would make its tier unreachable.
        var catalog = PricingCatalog.builtIn();
        assertThat(entries).allSatisfy(e -> assertThat(e.match()).allSatisfy(p ->
                assertThat(catalog.resolve(p)).map(PricingEntry::tier).hasValue(e.tier())));
    }

    @Test
    void everyEntryStatesFamilyRegionDateAndSource() {
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.family()).as(e.tier()).isNotBlank();
            assertThat(e.region()).as(e.tier()).isEqualTo("us-east-1");
            assertThat(LocalDate.parse(e.asOf())).as(e.tier()).isAfter(LocalDate.of(2024, 1, 1));
            assertThat(e.source()).as(e.tier()).hasSizeGreaterThan(40);
        });
    }

    @Test
    void cacheReadsAreCheaperThanInputAndWritesAreNotCheaper() {
        assertThat(entries).allSatisfy(e -> {
            PriceSheet p = e.prices();
            assertThat(p.cacheReadPerMillion().isPresent()).as(e.tier()).isEqualTo(p.cacheWritePerMillion().isPresent());
            p.cacheReadPerMillion().ifPresent(r -> assertThat(r).as(e.tier()).isLessThan(p.inputPerMillion()));
            p.cacheWritePerMillion().ifPresent(w -> assertThat(w).as(e.tier()).isGreaterThanOrEqualTo(p.inputPerMillion()));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-3-sonnet-20240229-v1:0",
        "anthropic.claude-3-opus-20240229-v1:0", "anthropic.claude-3-5-sonnet-20240620-v1:0",
        "amazon.titan-text-lite-v1", "amazon.titan-text-premier-v1:0", "meta.llama3-1-8b-instruct-v1:0",
    })
    void modelsWithoutPromptCachingOnBedrockHaveNoCachePrices(String modelId) {
        PriceSheet p = PricingCatalog.builtIn().resolve(modelId).orElseThrow().prices();

        assertThat(p.cacheReadPerMillion()).isEmpty();
        assertThat(p.cacheWritePerMillion()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-3-sonnet-20240229-v1:0",
        "anthropic.claude-3-opus-20240229-v1:0", "anthropic.claude-3-5-sonnet-20240620-v1:0",
        "anthropic.claude-3-5-sonnet-20241022-v2:0", "anthropic.claude-3-5-haiku-20241022-v1:0",
        "anthropic.claude-3-7-sonnet-20250219-v1:0", "anthropic.claude-sonnet-4-20250514-v1:0",
        "anthropic.claude-opus-4-20250514-v1:0", "anthropic.claude-opus-4-1-20250805-v1:0",
        "anthropic.claude-sonnet-4-5-20250929-v1:0", "anthropic.claude-haiku-4-5-20251001-v1:0",
        "anthropic.claude-opus-4-5-20251101-v1:0", "amazon.nova-micro-v1:0", "amazon.nova-lite-v1:0",
        "amazon.nova-pro-v1:0", "amazon.nova-premier-v1:0", "amazon.titan-text-lite-v1",
        "amazon.titan-text-express-v1", "amazon.titan-text-premier-v1:0", "meta.llama3-8b-instruct-v1:0",
        "meta.llama3-70b-instruct-v1:0", "meta.llama3-1-8b-instruct-v1:0", "meta.llama3-1-70b-instruct-v1:0",
        "meta.llama3-1-405b-instruct-v1:0", "meta.llama3-2-1b-instruct-v1:0", "meta.llama3-2-3b-instruct-v1:0",
        "meta.llama3-2-11b-instruct-v1:0", "meta.llama3-2-90b-instruct-v1:0", "meta.llama3-3-70b-instruct-v1:0",
    })
    void coversTheRequiredModelFamilies(String modelId) {
        assertThat(PricingCatalog.builtIn().resolve(modelId)).isPresent();
    }

    @Test
    void globalProfilesOfClaude45AreAboutTenPercentCheaperThanRegionalOnes() {
        for (String model : List.of("claude-sonnet-4-5", "claude-haiku-4-5", "claude-opus-4-5")) {
            PriceSheet regional = tier("anthropic." + model).prices();
            PriceSheet global = tier("global.anthropic." + model).prices();
            assertThat(regional.inputPerMillion() / global.inputPerMillion()).as(model).isCloseTo(1.1,
                    org.assertj.core.api.Assertions.within(1e-9));
            assertThat(regional.outputPerMillion() / global.outputPerMillion()).as(model).isCloseTo(1.1,
                    org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void pricesAndEntriesRejectNonsense() {
        assertThatThrownBy(() -> PriceSheet.of(0, 1)).hasMessageContaining("input price");
        assertThatThrownBy(() -> PriceSheet.of(1, Double.NaN)).hasMessageContaining("output price");
        assertThatThrownBy(() -> PriceSheet.of(1, 1, -0.1, 1)).hasMessageContaining("cache_read");
        assertThatThrownBy(() -> new PricingEntry("t", List.of(), PriceSheet.of(1, 1), "", "", "", ""))
                .hasMessageContaining("match");
        assertThatThrownBy(() -> new PricingEntry("t", List.of("arn:aws:bedrock:x"), PriceSheet.of(1, 1), "", "", "", ""))
                .hasMessageContaining("ARN");
        assertThatThrownBy(() -> new PricingEntry("t", List.of("meta.llama3-"), PriceSheet.of(1, 1), "", "", "", ""))
                .hasMessageContaining("end with a letter or digit");
        var a = new PricingEntry("t", List.of("a.b"), PriceSheet.of(1, 1), "", "", "", "");
        var b = new PricingEntry("u", List.of("a.b"), PriceSheet.of(1, 1), "", "", "", "");
        assertThatThrownBy(() -> PricingCatalog.of(List.of(a, a))).hasMessageContaining("tier");
        assertThatThrownBy(() -> PricingCatalog.of(List.of(a, b))).hasMessageContaining("'a.b' is already used");
    }

    private PricingEntry tier(String name) {
        return entries.stream().filter(e -> e.tier().equals(name)).findFirst().orElseThrow();
    }
}
