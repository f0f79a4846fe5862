package io.fmscope.sdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in catalog keeps the seed's MODEL_PRICING for the two models MangaAssist calls. */
class SeedPricesTest {

    @ParameterizedTest
    @ValueSource(strings = {"anthropic.claude-3-sonnet", "anthropic.claude-3-haiku"})
    void builtInPricesEqualTheSeeds(String key) throws IOException {
        String shared = System.getProperty("fmscope.shared");
        assumeTrue(shared != null, "fmscope.shared is set by surefire");
        String seed = Files.readString(Path.of(shared, "seed", "000_b07461b1c4b94a2d.txt"));
        Matcher m = Pattern.compile("\"" + Pattern.quote(key)
                + "\": \\{\"input\": ([0-9.]+), \"output\": ([0-9.]+)\\}").matcher(seed);
        assertThat(m.find()).as("seed lists %s in MODEL_PRICING", key).isTrue();

        PriceSheet p = PricingCatalog.builtIn().entries().stream().filter(e -> e.tier().equals(key))
                .findFirst().orElseThrow().prices();
        assertThat(p.inputPerMillion()).isEqualTo(Double.parseDouble(m.group(1)));
        assertThat(p.outputPerMillion()).isEqualTo(Double.parseDouble(m.group(2)));
    }
}
