package io.fmscope.incidents.detect;

/** What one evaluation says about a signal. */
enum Verdict {
    /** Departs by every opening criterion (short and long window, significance, effect size). */
    DEPARTED,
    /** Not enough to open, but still clearly above the baseline: an open signal stays open. */
    ELEVATED,
    /** Within bounds. */
    CLEAR,
    /** The short window has no records of the signal's population: neither departing nor recovering. */
    NO_DATA
}
