package io.fmscope.incidents.suite;

import java.util.Locale;

/**
 * One row of the suite's table: a scenario's fault (or its healthy run) against what the detector and the
 * diagnosis made of it.
 *
 * @param ttdSeconds  simulated seconds from fault start to incident opened; NaN when not detected
 * @param rightCause  the top hypothesis names the expected catalog category
 * @param rightPlace  the top hypothesis names the fault's component
 * @param falseIncidents incidents opened outside every fault window (plus its aftermath)
 */
record Outcome(String scenario, String pattern, String fault, String component, String kind, String expectedCategory,
               boolean detected, double ttdSeconds, String topCategory, String topComponent, double topConfidence,
               boolean rightCause, boolean rightPlace, int rankOfExpected, int falseIncidents, long records) {

    boolean topRight() {
        return rightCause && rightPlace;
    }

    String markdownRow() {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %,d |", scenario,
                fault == null ? "-" : component + " / " + kind, expectedCategory == null ? "-" : expectedCategory,
                fault == null ? "-" : detected ? "yes" : "**no**", Double.isNaN(ttdSeconds) ? "-" : String.format(Locale.ROOT, "%.0f", ttdSeconds),
                topCategory == null ? "-" : topCategory + " @ " + topComponent + String.format(Locale.ROOT, " (%.2f)", topConfidence),
                fault == null ? "-" : topRight() ? "yes" : "**no**",
                fault == null || rankOfExpected == 0 ? "-" : Integer.toString(rankOfExpected),
                fault == null ? "-" : rightCause ? "yes" : "no", falseIncidents, records);
    }

    static String markdownHeader() {
        return "| scenario | fault (component / kind) | expected category | detected | time to detect (s) | top hypothesis"
                + " (confidence) | top-1 right | rank of right | category right | false incidents | records |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|";
    }
}
