package org.kempelen.metrics;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The difference of two means, B − A, with its 95 % confidence interval and a two-sided t test:
 * paired (replications of A and B share seeds, so each pair shares its random draws), Welch's
 * unequal-variance test otherwise, or no test when a side has fewer than two values. Values that
 * are not available (NaN) are left out, for paired data the whole pair.
 *
 * <p>When the spread is zero (identical replications, or a metric that does not vary) the t
 * statistic is 0/0 or ±∞: a zero difference is reported with p = 1 and the interval [0, 0], a
 * non-zero one with p = 0 and the interval collapsed on it; the degrees of freedom are then NaN.
 */
public record MeanDifference(Test test, int nA, int nB, double meanA, double meanB, double difference,
                             double ciLow, double ciHigh, double t, double df, double p) {

    /** Which test produced the interval and p-value. */
    public enum Test {
        PAIRED_T("paired t"), WELCH_T("Welch t"), NONE("none");

        private final String label;

        Test(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Two-sided level of the intervals. */
    public static final double LEVEL = 0.95;

    /** {@code a[i]} and {@code b[i]} are the same replication (seed) under A and under B. */
    public static MeanDifference paired(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("paired samples of " + a.length + " and " + b.length + " values");
        double[] keptA = new double[a.length];
        double[] keptB = new double[b.length];
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (Double.isFinite(a[i]) && Double.isFinite(b[i])) {
                keptA[n] = a[i];
                keptB[n++] = b[i];
            }
        }
        keptA = Arrays.copyOf(keptA, n);
        keptB = Arrays.copyOf(keptB, n);
        double meanA = mean(keptA);
        double meanB = mean(keptB);
        if (n < 2) return untested(keptA, keptB);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = keptB[i] - keptA[i];
        double meanD = mean(d);
        double se = Math.sqrt(variance(d, meanD) / n);
        return tested(Test.PAIRED_T, n, n, meanA, meanB, meanD, se, n - 1);
    }

    /** Independent samples (different seeds): Welch's t with Welch–Satterthwaite degrees of freedom. */
    public static MeanDifference welch(double[] a, double[] b) {
        double[] keptA = Arrays.stream(a).filter(Double::isFinite).toArray();
        double[] keptB = Arrays.stream(b).filter(Double::isFinite).toArray();
        if (keptA.length < 2 || keptB.length < 2) return untested(keptA, keptB);
        double meanA = mean(keptA);
        double meanB = mean(keptB);
        double va = variance(keptA, meanA) / keptA.length;
        double vb = variance(keptB, meanB) / keptB.length;
        double se = Math.sqrt(va + vb);
        double df = (va + vb) * (va + vb) / (va * va / (keptA.length - 1) + vb * vb / (keptB.length - 1));
        return tested(Test.WELCH_T, keptA.length, keptB.length, meanA, meanB, meanB - meanA, se, df);
    }

    private static MeanDifference untested(double[] a, double[] b) {
        double meanA = mean(a);
        double meanB = mean(b);
        return new MeanDifference(Test.NONE, a.length, b.length, meanA, meanB, meanB - meanA,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    private static MeanDifference tested(Test test, int nA, int nB, double meanA, double meanB, double diff, double se, double df) {
        if (se == 0) {
            boolean none = diff == 0;
            return new MeanDifference(test, nA, nB, meanA, meanB, diff, diff, diff,
                    none ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff), Double.NaN, none ? 1 : 0);
        }
        TDistribution dist = new TDistribution(null, df);
        double half = dist.inverseCumulativeProbability(0.5 + LEVEL / 2) * se;
        double t = diff / se;
        double p = Math.min(1, 2 * dist.cumulativeProbability(-Math.abs(t)));
        return new MeanDifference(test, nA, nB, meanA, meanB, diff, diff - half, diff + half, t, df, p);
    }

    private static double mean(double[] v) {
        if (v.length == 0) return Double.NaN;
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    private static double variance(double[] v, double mean) {
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        return ss / (v.length - 1);
    }

    /** The difference relative to A's mean (|mean A|), so that metrics in different units share an axis; NaN when A's mean is 0. */
    public double relative(double value) {
        return meanA != 0 && Double.isFinite(meanA) ? value / Math.abs(meanA) : Double.NaN;
    }
}
