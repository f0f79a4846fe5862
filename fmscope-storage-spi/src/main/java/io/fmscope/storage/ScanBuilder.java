package io.fmscope.storage;

import java.util.Collection;

/**
 * Describes one scan over stored events. The addressing methods (groups, streams, time range, order,
 * cursor) are always honoured. The {@code pushDown*} methods offer a plan step to the backend: {@code true}
 * means the backend takes that step and the caller must not apply it again; {@code false} (the default)
 * means the caller runs it on the returned events. Steps are offered in plan order and a backend that
 * refuses one refuses the following ones too.
 *
 * <p>Filters keep the scan an event scan ({@link #open()}). Taking a fields or stats step turns it into a row
 * scan ({@link #openRows()}): the rows those steps describe, then sorted and cut if sort and limit were taken
 * too. A builder is for one scan; to try another set of steps, start a new one.
 */
public interface ScanBuilder {

    /** The groups to read (at least one). */
    ScanBuilder logGroups(Collection<String> logGroups);

    /** Restricts to these stream names; empty means every stream. */
    ScanBuilder logStreams(Collection<String> logStreams);

    /** Restricts to streams whose name starts with the prefix. */
    ScanBuilder logStreamPrefix(String prefix);

    /** Events with {@code startInclusive <= timestamp < endExclusive}. */
    ScanBuilder timeRange(long startInclusive, long endExclusive);

    /** Newest first instead of oldest first. */
    ScanBuilder descending(boolean descending);

    /** Resumes strictly after (ascending) or before (descending) this position. */
    ScanBuilder after(EventCursor cursor);

    default boolean pushDownFilter(PlanStep filter) {
        return false;
    }

    default boolean pushDownFields(PlanStep fields) {
        return false;
    }

    default boolean pushDownStats(PlanStep stats) {
        return false;
    }

    default boolean pushDownSort(PlanStep sort) {
        return false;
    }

    default boolean pushDownLimit(long limit) {
        return false;
    }

    /** Runs the scan; the caller must close the result. */
    EventScan open();

    /** Runs a scan that took a fields or stats step; the caller must close the result. */
    default RowScan openRows() {
        throw new UnsupportedOperationException("no fields or stats step was pushed down to this scan");
    }
}
