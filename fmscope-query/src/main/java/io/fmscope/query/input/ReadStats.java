package io.fmscope.query.input;

/** Mutable counters behind {@link ReadCounts}; owned by one reader thread. */
final class ReadStats {
    long lines;
    long events;
    long blank;
    long broken;
    long binary;
    long oversized;
    long outOfRange;
    long noTimestamp;

    ReadCounts snapshot() {
        return new ReadCounts(lines, events, blank, broken, binary, oversized, outOfRange, noTimestamp);
    }
}
