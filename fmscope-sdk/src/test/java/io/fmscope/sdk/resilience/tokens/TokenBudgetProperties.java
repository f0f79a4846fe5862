package io.fmscope.sdk.resilience.tokens;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Random English and Japanese conversations against the calibrated counter and default policy. */
class TokenBudgetProperties {

    private static final TokenBudget BUDGET = TokenBudget.defaults();
    private static final List<String> WORDS = List.of("manga", "volume", "order", "shipping", "the", "a", "series",
            "recommend", "price", "$12.50", "42", "author's", "completed", "fantasy", "question:", "reprint", "—");

    @Property(tries = 500)
    @StatisticsReport(onFailureOnly = true)
    void fittedPromptStaysWithinBudgetAndDropsInTheDocumentedOrder(
            @ForAll("requests") ContextRequest request,
            @ForAll @IntRange(min = 50, max = 3_000) int window,
            @ForAll("maxTokens") int maxTokens) {
        int usable = BUDGET.policy().usableInputTokens(window, maxTokens);
        int fixed = BUDGET.cost(request.systemPrompt()) + BUDGET.cost(request.userMessage());
        FitResult result = BUDGET.fit(request, window, maxTokens);
        Statistics.label("outcome").collect(switch (result) {
            case FitResult.TooLarge t -> "too large";
            case FitResult.Fitted f -> f.report().historyTurnsDropped() > 0 ? "history trimmed"
                    : f.report().applied() ? "chunks trimmed" : "untouched";
        }).coverage(c -> {
            c.check("too large").percentage(pct -> pct > 3);
            c.check("history trimmed").percentage(pct -> pct > 8);
            c.check("untouched").percentage(pct -> pct > 10);
        });
        Statistics.label("japanese user message")
                .collect(request.userMessage().codePoints().anyMatch(cp -> Script.of(cp) == Script.KANA))
                .coverage(c -> c.check(true).percentage(pct -> pct > 20));
        if (fixed > usable || maxTokens > window) {
            assertThat(result).isEqualTo(new FitResult.TooLarge(fixed, usable));
            return;
        }
        FittedPrompt p = ((FitResult.Fitted) result).prompt();
        TruncationReport report = ((FitResult.Fitted) result).report();

        int recount = fixed + p.history().stream().mapToInt(t -> BUDGET.cost(t.text())).sum()
                + p.ragChunks().stream().mapToInt(c -> BUDGET.cost(c.text())).sum();
        assertThat(p.estimatedInputTokens()).isEqualTo(recount).isLessThanOrEqualTo(usable);
        assertThat(recount * (1 + BUDGET.policy().safetyMargin()) + maxTokens).isLessThanOrEqualTo(window + 1e-6);
        assertThat(p.systemPrompt()).isEqualTo(request.systemPrompt());
        assertThat(p.userMessage()).isEqualTo(request.userMessage());

        List<Turn> history = request.history();
        assertThat(p.history()).isEqualTo(history.subList(history.size() - p.history().size(), history.size()));
        assertThat(report.historyTurnsDropped()).isEqualTo(history.size() - p.history().size());

        assertThat(p.ragChunks()).hasSizeLessThanOrEqualTo(BUDGET.policy().maxRagChunks());
        assertThat(report.ragChunksDropped()).isEqualTo(request.ragChunks().size() - p.ragChunks().size());
        double minKept = p.ragChunks().stream().mapToDouble(RagChunk::relevance).min().orElse(Double.POSITIVE_INFINITY);
        List<RagChunk> dropped = new ArrayList<>(request.ragChunks());
        p.ragChunks().forEach(dropped::remove);
        assertThat(dropped).allSatisfy(c -> assertThat(c.relevance()).isLessThanOrEqualTo(minKept));
        assertThat(p.ragChunks()).isSortedAccordingTo((a, b) -> Double.compare(b.relevance(), a.relevance()));

        // Chunks are only sacrificed for the protected recent turns once those are all that is left.
        if (!p.ragChunks().isEmpty()) {
            assertThat(p.history()).hasSizeGreaterThanOrEqualTo(
                    Math.min(BUDGET.policy().protectedRecentTurns(), history.size()));
        }
        // Nothing is dropped without need: if everything in the top-k fits, the history comes back whole.
        int topK = Math.min(request.ragChunks().size(), BUDGET.policy().maxRagChunks());
        int whole = fixed + history.stream().mapToInt(t -> BUDGET.cost(t.text())).sum()
                + request.ragChunks().stream().sorted((a, b) -> Double.compare(b.relevance(), a.relevance()))
                .limit(topK).mapToInt(c -> BUDGET.cost(c.text())).sum();
        if (whole <= usable) {
            assertThat(p.history()).isEqualTo(history);
            assertThat(p.ragChunks()).hasSize(topK);
        }
        assertThat(report.applied()).isEqualTo(report.historyTurnsDropped() + report.ragChunksDropped() > 0);
    }

    @Provide
    Arbitrary<Integer> maxTokens() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(0, 600)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 4_000)));
    }

    @Provide
    Arbitrary<ContextRequest> requests() {
        Arbitrary<String> text = Arbitraries.oneOf(english(), japanese());
        Arbitrary<Turn> turn = Combinators.combine(Arbitraries.of(Turn.Role.values()), text).as(Turn::new);
        Arbitrary<RagChunk> chunk = Combinators.combine(Arbitraries.strings().alpha().ofLength(4), text,
                Arbitraries.doubles().between(0, 1)).as(RagChunk::new);
        return Combinators.combine(text, turn.list().ofMaxSize(16), chunk.list().ofMaxSize(8), text)
                .as(ContextRequest::new);
    }

    private static Arbitrary<String> english() {
        return Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(60).map(w -> String.join(" ", w));
    }

    private static Arbitrary<String> japanese() {
        Arbitrary<Character> ch = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.chars().range('\u3041', '\u3093')),
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\u30A1', '\u30F3')),
                net.jqwik.api.Tuple.of(4, Arbitraries.chars().range('\u4E00', '\u9FA0')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('、', '。', '！', '？')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('0', '9')));
        return ch.list().ofMaxSize(120).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        });
    }
}
