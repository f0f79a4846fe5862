package io.fmscope.incidents.detect;

import io.fmscope.incidents.stats.RateComparison;
import java.time.Duration;

/**
 * The detector's windows and thresholds. Defaults ({@link #defaults()}) are documented with their reasons in
 * docs/incidents.md; all times are in the data's own clock (event timestamps).
 *
 * @param step            how often the windows slide and signals are evaluated
 * @param shortWindow     the recent window a departure must show in (the "is it happening now" window)
 * @param longWindow      the confirming window (burn-rate style: both must depart); also the gap between now and
 *                        the baseline, so a fault's first minutes never leak into its own baseline
 * @param recentWindow    the newest part of the baseline; a departure must also beat it, so a slow drift (a
 *                        service warming up, conversations growing longer) is not taken for a fault
 * @param baselineWindow  how much healthy history the baseline holds (time outside incidents)
 * @param minBaselineSpan how much data the baseline needs before anything is tested
 * @param maxExclusion    an incident keeps its data out of the baseline for at most this long; a departure that
 *                        lasts longer becomes the new normal, as CloudWatch's anomaly detection does with
 *                        anomalies it has seen for long enough
 * @param lateness        how far behind the newest event the evaluation runs, so stragglers land first
 * @param holdToClose     all of an incident's signals must stay recovered this long before it closes
 * @param reopenWindow    a departure this soon after an incident closed reopens it: a relapse or an aftershock
 *                        belongs to the incident it follows (Alertmanager's group interval is the same idea)
 * @param minBaseline     records a population needs in each baseline before its signals are tested
 * @param minEvents       events of a signal the short window needs to open an incident
 * @param alphaOpen       p-value the short window must beat, against both baselines, to open
 * @param alphaConfirm    p-value the long window must beat to confirm
 * @param alphaClear      a departed signal counts as recovered once its short-window p-value is above this
 * @param minExcess       smallest rise of a rate worth an incident (0.005 = half a percentage point of calls)
 * @param minRatio        a rate must also reach this multiple of the baseline ...
 * @param largeExcess     ... unless it rose by at least this much (for rates that are high to begin with)
 * @param tailQuantile    metrics are compared by the share of records beyond this baseline quantile
 */
public record DetectorConfig(Duration step, Duration shortWindow, Duration longWindow, Duration recentWindow,
                             Duration baselineWindow, Duration minBaselineSpan, Duration maxExclusion,
                             Duration lateness, Duration holdToClose, Duration reopenWindow, long minBaseline,
                             long minEvents,
                             double alphaOpen, double alphaConfirm, double alphaClear, double minExcess,
                             double minRatio, double largeExcess, double tailQuantile) {

    public DetectorConfig {
        if (step.toMillis() < 1) throw new IllegalArgumentException("step must be at least 1 ms");
        for (Duration w : new Duration[] {shortWindow, longWindow, recentWindow, baselineWindow, minBaselineSpan,
                maxExclusion, holdToClose}) {
            if (w.toMillis() % step.toMillis() != 0 || w.toMillis() < step.toMillis())
                throw new IllegalArgumentException("windows must be whole multiples of the step: " + w);
        }
        if (longWindow.compareTo(shortWindow) < 0) throw new IllegalArgumentException("long window shorter than short");
        if (recentWindow.compareTo(baselineWindow) > 0 || minBaselineSpan.compareTo(baselineWindow) > 0)
            throw new IllegalArgumentException("recent window and minimum span must fit in the baseline");
        if (!(alphaOpen > 0 && alphaOpen <= alphaConfirm && alphaConfirm <= alphaClear && alphaClear < 1))
            throw new IllegalArgumentException("need 0 < alphaOpen <= alphaConfirm <= alphaClear < 1");
        if (!(tailQuantile > 0.5 && tailQuantile < 1)) throw new IllegalArgumentException("tailQuantile in (0.5, 1)");
    }

    public static DetectorConfig defaults() {
        return new DetectorConfig(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2),
                Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofMinutes(5), 200, 5, 1e-6, 1e-3, 1e-2, 0.005,
                2.0, 0.10, 0.95);
    }

    public DetectorConfig withLateness(Duration d) {
        return new DetectorConfig(step, shortWindow, longWindow, recentWindow, baselineWindow, minBaselineSpan,
                maxExclusion, d, holdToClose, reopenWindow, minBaseline, minEvents, alphaOpen, alphaConfirm, alphaClear, minExcess,
                minRatio, largeExcess, tailQuantile);
    }

    public DetectorConfig withHoldToClose(Duration d) {
        return new DetectorConfig(step, shortWindow, longWindow, recentWindow, baselineWindow, minBaselineSpan,
                maxExclusion, lateness, d, reopenWindow, minBaseline, minEvents, alphaOpen, alphaConfirm, alphaClear, minExcess,
                minRatio, largeExcess, tailQuantile);
    }

    /** The effect-size gate: a rise large enough in absolute terms and relative to the baseline. */
    public boolean largeEnough(RateComparison c) {
        return c.excess() >= minExcess && (c.ratio() >= minRatio || c.excess() >= largeExcess);
    }

    long stepMillis() {
        return step.toMillis();
    }
}
