package io.fmscope.traces.analytics;

/**
 * A node's or edge's colour in X-Ray's console terms: FAULT (red, 5xx), THROTTLE (purple, 429), ERROR
 * (yellow, other 4xx), OK (green). The worst category whose share of calls reaches the threshold wins.
 */
public enum Health {
    OK, ERROR, THROTTLE, FAULT;

    /** Share of calls at which a category colours the node (1%). */
    public static final double THRESHOLD = 0.01;

    public static Health of(CallStats s) {
        if (s.count() == 0) return OK;
        double n = s.count();
        if (s.faults() / n >= THRESHOLD) return FAULT;
        if (s.throttles() / n >= THRESHOLD) return THROTTLE;
        if (s.otherErrors() / n >= THRESHOLD) return ERROR;
        return OK;
    }
}
