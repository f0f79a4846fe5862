package io.fmscope.server.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Compares result rows of {@code field=value} cells: equal texts, or two decimal numbers within a relative
 * {@value #TOLERANCE} (a pushed-down average sums doubles in another order than the reference does).
 */
final class SameRows {
    static final double TOLERANCE = 1e-9;

    private SameRows() {
    }

    static void assertSame(List<List<String>> actual, List<List<String>> expected, String what) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int r = 0; r < expected.size(); r++) {
            List<String> a = actual.get(r);
            List<String> e = expected.get(r);
            assertThat(a).as(what + ", row " + r).hasSameSizeAs(e);
            for (int c = 0; c < e.size(); c++) {
                if (!a.get(c).equals(e.get(c))) {
                    assertThat(close(a.get(c), e.get(c))).as(what + ", row " + r + ": " + a + " vs " + e).isTrue();
                }
            }
        }
    }

    private static boolean close(String a, String e) {
        int ia = a.indexOf('=');
        int ie = e.indexOf('=');
        if (ia < 0 || ie < 0 || !a.substring(0, ia).equals(e.substring(0, ie))) {
            return false;
        }
        try {
            double x = Double.parseDouble(a.substring(ia + 1));
            double y = Double.parseDouble(e.substring(ie + 1));
            return Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
        } catch (NumberFormatException ex) {
            return false;
        }
    }
}
