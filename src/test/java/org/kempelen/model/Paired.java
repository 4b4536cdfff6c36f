package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Runs of a treatment and its control paired by seed: a difference must exceed its replication
 * noise, as a two-sided paired t test at 5 % (the mean paired difference more than t(0.975, n - 1)
 * standard errors of the differences).
 */
public final class Paired<R> {
    public final List<R> treated = new ArrayList<>();
    public final List<R> control = new ArrayList<>();

    /** Asserts that {@code f} is higher under the treatment. */
    public void assertRises(String what, ToDoubleFunction<R> f) {
        double[] d = differences(f);
        assertTrue(mean(d) > critical(d) * standardError(d) && mean(d) > 0, what + " rises: paired differences " + Arrays.toString(d));
    }

    /** Asserts that {@code f} is lower under the treatment. */
    public void assertFalls(String what, ToDoubleFunction<R> f) {
        double[] d = differences(f);
        assertTrue(-mean(d) > critical(d) * standardError(d) && mean(d) < 0, what + " falls: paired differences " + Arrays.toString(d));
    }

    private double[] differences(ToDoubleFunction<R> f) {
        double[] d = new double[treated.size()];
        for (int i = 0; i < d.length; i++) d[i] = f.applyAsDouble(treated.get(i)) - f.applyAsDouble(control.get(i));
        return d;
    }

    private static double critical(double[] d) {
        return new org.apache.commons.math3.distribution.TDistribution(d.length - 1).inverseCumulativeProbability(0.975);
    }

    private static double mean(double[] d) {
        return Arrays.stream(d).average().orElseThrow();
    }

    private static double standardError(double[] d) {
        double m = mean(d);
        double ss = 0;
        for (double x : d) ss += (x - m) * (x - m);
        return Math.sqrt(ss / (d.length - 1) / d.length);
    }
}
