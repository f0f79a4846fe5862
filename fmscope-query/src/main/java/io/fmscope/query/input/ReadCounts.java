package io.fmscope.query.input;

/**
 * What reading produced, for the CLI's summary.
 *
 * @param lines       lines (or response events) read, blank ones included
 * @param events      events delivered
 * @param blank       empty or whitespace-only lines, ignored
 * @param broken      lines that are not valid in the file's format (e.g. broken JSON), skipped
 * @param binary      lines that are not UTF-8 text or contain NUL bytes, skipped
 * @param oversized   lines over the size limit (skipped or truncated per policy)
 * @param outOfRange  events outside the time range, skipped
 * @param noTimestamp JSON messages without a usable time field (given the fallback time)
 */
public record ReadCounts(long lines, long events, long blank, long broken, long binary, long oversized,
                         long outOfRange, long noTimestamp) {
    public static final ReadCounts ZERO = new ReadCounts(0, 0, 0, 0, 0, 0, 0, 0);

    /** Lines dropped as unreadable (broken or binary); oversized lines are counted on their own. */
    public long skipped() {
        return broken + binary;
    }

    public ReadCounts plus(ReadCounts o) {
        return new ReadCounts(lines + o.lines, events + o.events, blank + o.blank, broken + o.broken,
                binary + o.binary, oversized + o.oversized, outOfRange + o.outOfRange, noTimestamp + o.noTimestamp);
    }
}
