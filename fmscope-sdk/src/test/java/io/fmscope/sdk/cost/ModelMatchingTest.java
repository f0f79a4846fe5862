package io.fmscope.sdk.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelMatchingTest {

    private final PricingCatalog catalog = PricingCatalog.builtIn();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "anthropic.claude-3-sonnet-20240229-v1:0, anthropic.claude-3-sonnet",
        "anthropic.claude-3-sonnet-20240229-v1:0:28k, anthropic.claude-3-sonnet",
        "anthropic.claude-3-5-sonnet-20240620-v1:0, anthropic.claude-3-5-sonnet-v1",
        "anthropic.claude-3-5-sonnet-20241022-v2:0, anthropic.claude-3-5-sonnet-v2",
        "us.anthropic.claude-3-5-haiku-20241022-v1:0, anthropic.claude-3-5-haiku",
        "apac.anthropic.claude-3-sonnet-20240229-v1:0, anthropic.claude-3-sonnet",
        "eu.anthropic.claude-3-7-sonnet-20250219-v1:0, anthropic.claude-3-7-sonnet",
        "jp.anthropic.claude-sonnet-4-5-20250929-v1:0, anthropic.claude-sonnet-4-5",
        "au.anthropic.claude-haiku-4-5-20251001-v1:0, anthropic.claude-haiku-4-5",
        "ca.anthropic.claude-3-haiku-20240307-v1:0, anthropic.claude-3-haiku",
        "us-gov.anthropic.claude-3-haiku-20240307-v1:0, anthropic.claude-3-haiku",
        "global.anthropic.claude-sonnet-4-5-20250929-v1:0, global.anthropic.claude-sonnet-4-5",
        "global.anthropic.claude-opus-4-5-20251101-v1:0, global.anthropic.claude-opus-4-5",
        "global.anthropic.claude-sonnet-4-20250514-v1:0, anthropic.claude-sonnet-4",
        "anthropic.claude-sonnet-4-20250514-v1:0, anthropic.claude-sonnet-4",
        "anthropic.claude-opus-4-20250514-v1:0, anthropic.claude-opus-4",
        "anthropic.claude-opus-4-1-20250805-v1:0, anthropic.claude-opus-4-1",
        "us.amazon.nova-premier-v1:0, amazon.nova-premier",
        "amazon.nova-micro-v1:0, amazon.nova-micro",
        "amazon.titan-text-express-v1, amazon.titan-text-express",
        "amazon.titan-text-premier-v1:0, amazon.titan-text-premier",
        "meta.llama3-70b-instruct-v1:0, meta.llama3-70b-instruct",
        "us.meta.llama3-2-11b-instruct-v1:0, meta.llama3-2-11b-instruct",
        "us.meta.llama3-3-70b-instruct-v1:0, meta.llama3-3-70b-instruct",
        "'  ANTHROPIC.CLAUDE-3-HAIKU-20240307-V1:0  ', anthropic.claude-3-haiku",
    })
    void resolvesIdsAndInferenceProfiles(String modelId, String tier) {
        assertThat(catalog.resolve(modelId)).map(PricingEntry::tier).hasValue(tier);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "arn:aws:bedrock:ap-northeast-1:123456789012:inference-profile/apac.anthropic.claude-3-5-sonnet-20240620-v1:0,"
                + " anthropic.claude-3-5-sonnet-v1",
        "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0, anthropic.claude-3-haiku",
        "arn:aws:bedrock:us-west-2:123456789012:inference-profile/global.anthropic.claude-haiku-4-5-20251001-v1:0,"
                + " global.anthropic.claude-haiku-4-5",
        "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.anthropic.claude-3-5-sonnet-20240620-v1:0,"
                + " anthropic.claude-3-5-sonnet-v1",
    })
    void resolvesArns(String arn, String tier) {
        assertThat(catalog.resolve(arn)).map(PricingEntry::tier).hasValue(tier);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "anthropic.claude-opus-4-6-v1",            // a newer minor version must not be priced as opus-4
        "anthropic.claude-3-5-opus-20250101-v1:0",  // no such tier
        "amazon.nova-2-lite-v1:0",                  // Nova 2 is not Nova
        "claude-3-sonnet-20240229",                 // no provider prefix: not a Bedrock id
        "xx.anthropic.claude-3-haiku-20240307-v1:0",   // not a known profile scope
        "arn:aws:bedrock:us-east-1:123456789012:custom-model/anthropic.claude-3-haiku-20240307-v1:0:200k/abc123",
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5",
        "arn:aws:bedrock:us-east-1",
    })
    void leavesUnpricedIdsUnresolved(String modelId) {
        assertThat(catalog.resolve(modelId)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void blankIdsResolveToNothing(String modelId) {
        assertThat(catalog.resolve(modelId)).isEmpty();
    }

    @Test
    void claude35SonnetIsNeverPricedAsClaude3Sonnet() {
        // The seed's `key in model_id` test would let a catalog that only knows claude-3-sonnet price 3.5 as 3.
        var onlyClaude3 = PricingCatalog.of(List.of(entry("anthropic.claude-3-sonnet", "anthropic.claude-3-sonnet")));

        assertThat(onlyClaude3.resolve("anthropic.claude-3-5-sonnet-20240620-v1:0")).isEmpty();
        assertThat(catalog.resolve("anthropic.claude-3-5-sonnet-20240620-v1:0")).map(PricingEntry::tier)
                .hasValue("anthropic.claude-3-5-sonnet-v1");
    }

    @Test
    void theLongestMatchingPrefixWins() {
        var catalog = PricingCatalog.of(List.of(
                entry("generic", "anthropic.claude"),
                entry("sonnet-3-5", "anthropic.claude-3-5-sonnet"),
                entry("sonnet-3-5-june", "anthropic.claude-3-5-sonnet-20240620")));

        assertThat(catalog.resolve("anthropic.claude-3-5-sonnet-20240620-v1:0")).map(PricingEntry::tier)
                .hasValue("sonnet-3-5-june");
        assertThat(catalog.resolve("us.anthropic.claude-3-5-sonnet-20241022-v2:0")).map(PricingEntry::tier)
                .hasValue("sonnet-3-5");
        assertThat(catalog.resolve("anthropic.claude-v2")).map(PricingEntry::tier).hasValue("generic");
    }

    @Test
    void versionBoundaries() {
        assertThat(ModelIds.matches("anthropic.claude-opus-4", "anthropic.claude-opus-4-20250514-v1:0")).isTrue();
        assertThat(ModelIds.matches("anthropic.claude-opus-4", "anthropic.claude-opus-4-1-20250805-v1:0")).isFalse();
        assertThat(ModelIds.matches("anthropic.claude-opus-4", "anthropic.claude-opus-45")).isFalse();
        assertThat(ModelIds.matches("amazon.nova-pro", "amazon.nova-pro-v1:0")).isTrue();
        assertThat(ModelIds.matches("amazon.nova-pro", "amazon.nova-pro")).isTrue();
        assertThat(ModelIds.matches("amazon.titan-text-lite", "amazon.titan-text-lite:0")).isTrue();
    }

    @Test
    void resolutionsAreMemoisedWithinABound() {
        var resolver = new ModelResolver(PricingCatalog.builtIn().entries());

        assertThat(resolver.resolve("us.amazon.nova-pro-v1:0")).isSameAs(resolver.resolve("us.amazon.nova-pro-v1:0"));
        IntStream.range(0, ModelResolver.MEMO_LIMIT + 100).forEach(i -> resolver.resolve("acme.model-" + i));
        assertThat(resolver.memoSize()).isEqualTo(ModelResolver.MEMO_LIMIT);
        assertThat(resolver.resolve("acme.model-" + (ModelResolver.MEMO_LIMIT + 50))).isEmpty();
        assertThat(resolver.resolve("meta.llama3-1-405b-instruct-v1:0")).map(PricingEntry::tier)
                .hasValue("meta.llama3-1-405b-instruct");
    }

    private static PricingEntry entry(String tier, String prefix) {
        return new PricingEntry(tier, List.of(prefix), PriceSheet.of(1, 2), "test", "us-east-1", "2025-01-01", "test");
    }
}
