package io.fmscope.query.mining;

import java.util.Comparator;

/** One mined value: the event time (epoch ms) and the text. */
public record Line(long time, String text) {
    /**
     * The mining order: by time, then by text. Templates only generalise, so the result depends on the order the
     * miner sees lines in; this order makes it independent of how the source ordered the events.
     */
    public static final Comparator<Line> ORDER = Comparator.comparingLong(Line::time).thenComparing(Line::text);
}
