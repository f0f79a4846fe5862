package io.fmscope.incidents;

/** An incident is open while any of its signals departs from the baseline (or recovered too recently). */
public enum IncidentStatus {
    OPEN,
    CLOSED
}
