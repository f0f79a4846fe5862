package io.fmscope.traces.analytics;

import java.util.Arrays;

/** Median and median absolute deviation: "normal" levels that a burst itself cannot drag up much. */
final class Robust {
    private Robust() {
    }

    static double median(double[] values) {
        if (values.length == 0) return 0;
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    static double mad(double[] values, double median) {
        double[] dev = new double[values.length];
        for (int i = 0; i < values.length; i++) dev[i] = Math.abs(values[i] - median);
        return median(dev);
    }
}
