package io.fmscope.errors.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexRulesTest {
    @Test
    void anUpperCaseTokenMatchesCaseSensitivelyAsAWholeWord() {
        var moved = RegexRules.compile("MOVED");

        assertThat(moved.matcher("redis.exceptions.ResponseError: MOVED 4085 10.0.0.1:6379").find()).isTrue();
        assertThat(moved.matcher("Item removed from cart").find()).isFalse();
        assertThat(moved.matcher("the slot moved").find()).isFalse();
    }

    @Test
    void otherRegexesIgnoreCaseLikeTheSeed() {
        assertThat(RegexRules.compile("Too many requests").matcher("429 TOO MANY REQUESTS").find()).isTrue();
        assertThat(RegexRules.compile("ThrottlingException").matcher("(throttlingException)").find()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+", "(\\w+\\s?)*$", "(x|y*)*", "((ab)+c)+", "(a{2,})*", "(.*a){3,}"})
    void nestedUnboundedQuantifiersAreRefused(String regex) {
        assertThatThrownBy(() -> RegexRules.compile(regex)).hasMessageContaining("nested quantifier");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ValidationException.*token", "(Chat)?PromptTemplate", "Service Unavailable.{0,40}bedrock",
            "[\\d,]+ milliseconds", "code = 100[16] \\(", "(a|b)+", "[(+]*x"})
    void ordinaryRegexesAreAccepted(String regex) {
        assertThat(RegexRules.compile(regex)).isNotNull();
    }

    @Test
    void specificityCountsLiteralCharactersOnly() {
        assertThat(RegexRules.specificity("MOVED")).isEqualTo(5);
        assertThat(RegexRules.specificity("a.*b")).isEqualTo(2);
        assertThat(RegexRules.specificity("\\d+ tokens > \\d+")).isEqualTo(10);
        assertThat(RegexRules.specificity("Read timed out\\. \\(x")).isEqualTo(18);
        assertThat(RegexRules.specificity("[abc]{2,3}(?i)x")).isEqualTo(1);
    }

    @Test
    void emptyAndOverlongRegexesAreRefused() {
        assertThatThrownBy(() -> RegexRules.compile(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> RegexRules.compile("a".repeat(501))).hasMessageContaining("longer than");
    }
}
