package io.fmscope.sdk.resilience.tokens;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Uses one token per character, no overhead and no margin so the arithmetic is visible. */
class TokenBudgetTest {

    private static final TokenCounter CHARS = String::length;
    private final TokenBudget budget = new TokenBudget(CHARS, new TokenBudgetPolicy(3, 0.0, 0, 2));

    private static final List<Turn> HISTORY = List.of(
            Turn.user("u1________"), Turn.assistant("a1________"),
            Turn.user("u2________"), Turn.assistant("a2________"),
            Turn.user("u3________"), Turn.assistant("a3________"));
    private static final List<RagChunk> CHUNKS = List.of(
            new RagChunk("low", "c_low_____", 0.10), new RagChunk("top", "c_top_____", 0.95),
            new RagChunk("mid", "c_mid_____", 0.50), new RagChunk("hi", "c_hi______", 0.80),
            new RagChunk("min", "c_min_____", 0.05));
    private static final ContextRequest REQUEST = new ContextRequest("system____", HISTORY, CHUNKS, "question__");

    private FitResult.Fitted fitted(int window, int maxTokens) {
        return (FitResult.Fitted) budget.fit(REQUEST, window, maxTokens);
    }

    @Test
    void keepsEverythingThatFitsButOnlyTheTopThreeChunksByRelevance() {
        FitResult.Fitted f = fitted(1_000, 100);
        assertThat(f.prompt().history()).isEqualTo(HISTORY);
        assertThat(f.prompt().ragChunks()).extracting(RagChunk::id).containsExactly("top", "hi", "mid");
        assertThat(f.report()).isEqualTo(new TruncationReport(0, 2, 20));
        assertThat(f.prompt().estimatedInputTokens()).isEqualTo(20 + 60 + 30);
        assertThat(f.prompt().maxOutputTokens()).isEqualTo(100);
    }

    @Test
    void dropsOldestTurnsFirstDownToTheProtectedRecentOnes() {
        // 110 needed; window 200 - 110 reserved = 90 usable: two oldest turns go.
        FitResult.Fitted f = fitted(200, 110);
        assertThat(f.prompt().history()).isEqualTo(HISTORY.subList(2, 6));
        assertThat(f.prompt().ragChunks()).hasSize(3);
        assertThat(f.report().historyTurnsDropped()).isEqualTo(2);
        assertThat(f.prompt().estimatedInputTokens()).isEqualTo(90);
    }

    @Test
    void thenDropsLeastRelevantChunksBeforeTheProtectedTurns() {
        // usable 50: system+user 20, protected 2 turns 20 => one chunk (the most relevant) stays.
        FitResult.Fitted f = fitted(100, 50);
        assertThat(f.prompt().history()).isEqualTo(HISTORY.subList(4, 6));
        assertThat(f.prompt().ragChunks()).extracting(RagChunk::id).containsExactly("top");
        assertThat(f.report()).isEqualTo(new TruncationReport(4, 4, 80));
        assertThat(f.report().applied()).isTrue();
    }

    @Test
    void finallyDropsProtectedTurnsButNeverSystemPromptOrUserMessage() {
        FitResult.Fitted f = fitted(100, 80);
        assertThat(f.prompt().history()).isEmpty();
        assertThat(f.prompt().ragChunks()).isEmpty();
        assertThat(f.prompt().systemPrompt()).isEqualTo("system____");
        assertThat(f.prompt().userMessage()).isEqualTo("question__");
        assertThat(f.prompt().estimatedInputTokens()).isEqualTo(20);
    }

    @Test
    void aTrimmedHistoryNeverStartsWithAnAssistantTurn() {
        TokenBudget keepOne = new TokenBudget(CHARS, new TokenBudgetPolicy(0, 0.0, 0, 0));
        List<Turn> history = List.of(Turn.user("u1________"), Turn.assistant("a1________"),
                Turn.user("u2________"), Turn.assistant("a2________"));
        // usable 45: 20 fixed + 25 room; dropping u1 alone would leave a1 leading, so a1 goes too.
        FitResult.Fitted f = (FitResult.Fitted) keepOne.fit(
                new ContextRequest("system____", history, List.of(), "question__"), 100, 55);
        assertThat(f.prompt().history()).containsExactly(history.get(2), history.get(3));
        assertThat(f.report().historyTurnsDropped()).isEqualTo(2);
    }

    @Test
    void reportsTooLargeWhenSystemPromptAndUserMessageAloneExceedTheBudget() {
        FitResult r = budget.fit(REQUEST, 100, 81);
        assertThat(r).isEqualTo(new FitResult.TooLarge(20, 19));
        assertThat(budget.fit(REQUEST, 50, 60)).isEqualTo(new FitResult.TooLarge(20, 0));
        assertThat(budget.fit(ContextRequest.of(""), 50, 60)).as("max_tokens alone exceeds the window")
                .isEqualTo(new FitResult.TooLarge(0, 0));
    }

    @Test
    void safetyMarginAndOverheadShrinkTheUsableBudget() {
        TokenBudgetPolicy policy = new TokenBudgetPolicy(3, 0.10, 4, 2);
        assertThat(policy.usableInputTokens(200_000, 4_096)).isEqualTo(178_094);
        TokenBudget withOverhead = new TokenBudget(CHARS, policy);
        assertThat(withOverhead.cost("abc")).isEqualTo(7);
        assertThat(withOverhead.cost("")).isZero();
    }

    @Test
    void equalRelevanceKeepsTheEarlierChunk() {
        List<RagChunk> tied = List.of(new RagChunk("first", "x", 0.5), new RagChunk("second", "y", 0.5));
        TokenBudget topOne = new TokenBudget(CHARS, new TokenBudgetPolicy(1, 0.0, 0, 0));
        FitResult.Fitted f = (FitResult.Fitted) topOne.fit(new ContextRequest("", List.of(), tied, "q"), 100, 0);
        assertThat(f.prompt().ragChunks()).extracting(RagChunk::id).containsExactly("first");
    }
}
