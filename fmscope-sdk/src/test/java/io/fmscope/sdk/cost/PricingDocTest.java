package io.fmscope.sdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in docs/pricing.md do what the page says. */
class PricingDocTest {

    private static final Path DOC = Path.of("..", "docs", "pricing.md");

    @TempDir
    Path dir;

    @Test
    void everyYamlExampleIsAValidOverrideFile() throws IOException {
        List<String> examples = yamlBlocks();
        assertThat(examples).hasSize(2);
        for (String yaml : examples) {
            Path file = Files.writeString(dir.resolve("example" + examples.indexOf(yaml) + ".yaml"), yaml);
            assertThat(PricingCatalog.builtIn().withOverrides(file).entries()).isNotEmpty();
        }
    }

    @Test
    void theOverrideExampleChangesSonnetAndAddsCohere() throws IOException {
        Path file = Files.writeString(dir.resolve("override.yaml"), yamlBlocks().get(1));
        PricingCatalog catalog = PricingCatalog.builtIn().withOverrides(file);

        PriceSheet sonnet = catalog.resolve("anthropic.claude-3-sonnet-20240229-v1:0").orElseThrow().prices();
        assertThat(sonnet.inputPerMillion()).isEqualTo(2.40);
        assertThat(sonnet.outputPerMillion()).isEqualTo(15.00);
        assertThat(catalog.resolve("cohere.command-r-plus-v1:0")).map(PricingEntry::tier)
                .hasValue("cohere.command-r-plus");
    }

    @Test
    void theJavaExamplePrintsWhatThePageShows() throws IOException {
        String doc = Files.readString(DOC);
        CostBreakdown c = new CostCalculator(PricingCatalog.builtIn())
                .cost("us.anthropic.claude-3-5-haiku-20241022-v1:0", new TokenUsage(1_000, 200, 3_000, 500));

        assertThat(c.totalCostUsd()).isCloseTo(0.00234, within(1e-15));
        assertThat(doc).contains("total_cost_usd=" + c.totalCostUsd())
                .contains("prompt_cache_savings_usd=" + c.promptCacheSavingsUsd())
                .contains("model_pricing_tier=" + c.modelPricingTier());
    }

    private static List<String> yamlBlocks() throws IOException {
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
