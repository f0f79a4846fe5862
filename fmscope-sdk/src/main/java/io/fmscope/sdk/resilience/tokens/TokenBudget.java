package io.fmscope.sdk.resilience.tokens;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Fits a {@link ContextRequest} into a model's context window (seed EP-003 "token budget manager").
 * Order of sacrifice: RAG chunks beyond the top-k; the oldest history turns down to the protected
 * recent ones; the least relevant remaining chunks; the rest of the history, oldest first.
 * The system prompt and the user message are never dropped. Thread-safe and stateless.
 */
public final class TokenBudget {

    private final TokenCounter counter;
    private final TokenBudgetPolicy policy;

    public TokenBudget(TokenCounter counter, TokenBudgetPolicy policy) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public static TokenBudget defaults() {
        return new TokenBudget(TokenCounter.calibrated(), TokenBudgetPolicy.DEFAULT);
    }

    public TokenBudgetPolicy policy() {
        return policy;
    }

    /** Estimated tokens of one part, overhead included; an empty part costs nothing. */
    public int cost(String text) {
        return text.isEmpty() ? 0 : Math.max(0, counter.count(text)) + policy.perPartOverhead();
    }

    public FitResult fit(ContextRequest request, int contextWindow, int maxOutputTokens) {
        int usable = policy.usableInputTokens(contextWindow, maxOutputTokens);
        long fixed = (long) cost(request.systemPrompt()) + cost(request.userMessage());
        if (fixed > usable || maxOutputTokens > contextWindow) {
            return new FitResult.TooLarge((int) Math.min(Integer.MAX_VALUE, fixed), usable);
        }

        List<RagChunk> byRelevance = new ArrayList<>(request.ragChunks());
        byRelevance.sort(Comparator.comparingDouble(RagChunk::relevance).reversed()); // stable: ties keep order
        Deque<Costed<RagChunk>> chunks = new ArrayDeque<>();
        Deque<Costed<Turn>> history = new ArrayDeque<>();
        Tally tally = new Tally(fixed);
        for (int i = 0; i < byRelevance.size(); i++) {
            Costed<RagChunk> c = new Costed<>(byRelevance.get(i), cost(byRelevance.get(i).text()));
            if (i < policy.maxRagChunks()) tally.keep(chunks, c);
            else tally.skipChunk(c);
        }
        for (Turn t : request.history()) tally.keep(history, new Costed<>(t, cost(t.text())));

        int protectedTurns = policy.protectedRecentTurns();
        while (tally.total > usable && history.size() > protectedTurns) tally.dropOldestTurn(history, protectedTurns);
        while (tally.total > usable && !chunks.isEmpty()) tally.dropKeptChunk(chunks.removeLast());
        while (tally.total > usable && !history.isEmpty()) tally.dropOldestTurn(history, 0);

        FittedPrompt prompt = new FittedPrompt(request.systemPrompt(),
                history.stream().map(Costed::item).toList(), chunks.stream().map(Costed::item).toList(),
                request.userMessage(), maxOutputTokens, (int) tally.total);
        return new FitResult.Fitted(prompt, new TruncationReport(tally.turnsDropped, tally.chunksDropped,
                (int) Math.min(Integer.MAX_VALUE, tally.tokensDropped)));
    }

    private record Costed<T>(T item, int tokens) {
    }

    /** Running totals while trimming. */
    private static final class Tally {
        long total;
        long tokensDropped;
        int turnsDropped;
        int chunksDropped;

        Tally(long fixed) {
            total = fixed;
        }

        <T> void keep(Deque<Costed<T>> into, Costed<T> c) {
            into.addLast(c);
            total += c.tokens();
        }

        /** A chunk beyond the top-k: never counted in the total. */
        void skipChunk(Costed<RagChunk> c) {
            chunksDropped++;
            tokensDropped += c.tokens();
        }

        void dropKeptChunk(Costed<RagChunk> c) {
            skipChunk(c);
            total -= c.tokens();
        }

        /**
         * Drops the oldest turn, then any assistant turn left leading (the Messages API wants the
         * history to start with the user), but not below {@code floor} turns.
         */
        void dropOldestTurn(Deque<Costed<Turn>> history, int floor) {
            dropTurn(history.removeFirst());
            while (history.size() > floor && history.peekFirst().item().role() == Turn.Role.ASSISTANT) {
                dropTurn(history.removeFirst());
            }
        }

        private void dropTurn(Costed<Turn> c) {
            turnsDropped++;
            tokensDropped += c.tokens();
            total -= c.tokens();
        }
    }
}
