package io.fmscope.sdk.resilience.tokens;

/** What fitting removed; {@code tokensTruncated} is the estimate of the removed parts, overhead included. */
public record TruncationReport(int historyTurnsDropped, int ragChunksDropped, int tokensTruncated) {

    public static final TruncationReport NONE = new TruncationReport(0, 0, 0);

    public boolean applied() {
        return historyTurnsDropped > 0 || ragChunksDropped > 0;
    }
}
