package io.fmscope.errors.trend;

import java.util.Locale;

/** Outcome of the trend test; {@link #label()} gives the seed's lower-case spelling. */
public enum TrendDirection {
    INCREASING, DECREASING, STABLE;

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
