package io.fmscope.incidents.detect;

import java.time.Instant;

/**
 * What the detector has seen: the data clock (newest event time), how far evaluation has run, the records it
 * counted and ignored, late events it could not place, and how much healthy history the baseline holds.
 */
public record DetectorStatus(Instant dataTime, Instant evaluatedTo, long events, long ignored, long late,
                             long baselineCalls, long baselineMinutes, int openIncidents) {}
