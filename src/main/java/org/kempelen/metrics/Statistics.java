package org.kempelen.metrics;

import java.util.Arrays;

/** Small statistics the summary needs: odds ratios (crude and Mantel–Haenszel), grouped logistic regression, Gini, median. */
public final class Statistics {
    private Statistics() {}

    /** Odds ratio of acceptance, group a over group b; NaN when an odds is 0 or undefined. */
    public static double oddsRatio(long acceptedA, long offersA, long acceptedB, long offersB) {
        double oddsA = odds(acceptedA, offersA);
        double oddsB = odds(acceptedB, offersB);
        return oddsB > 0 && Double.isFinite(oddsA) && Double.isFinite(oddsB) ? oddsA / oddsB : Double.NaN;
    }

    /**
     * Mantel–Haenszel odds ratio of acceptance, group A over group B, over strata k (e.g. countries):
     * {@code sum_k(a_k d_k / n_k) / sum_k(b_k c_k / n_k)} with a = accepted in A, b = declined in A,
     * c = accepted in B, d = declined in B and n_k = offers in A and B of stratum k. Strata without
     * offers add nothing; NaN when the numerator or the denominator is 0.
     */
    public static double mantelHaenszelOddsRatio(long[] acceptedA, long[] offersA, long[] acceptedB, long[] offersB) {
        double numerator = 0;
        double denominator = 0;
        for (int k = 0; k < acceptedA.length; k++) {
            long n = offersA[k] + offersB[k];
            if (n == 0) continue;
            long a = acceptedA[k];
            long b = offersA[k] - acceptedA[k];
            long c = acceptedB[k];
            long d = offersB[k] - acceptedB[k];
            numerator += a * (double) d / n;
            denominator += b * (double) c / n;
        }
        return numerator > 0 && denominator > 0 ? numerator / denominator : Double.NaN;
    }

    private static double odds(long accepted, long offers) {
        if (offers == 0 || accepted == offers || accepted == 0) return Double.NaN;
        return accepted / (double) (offers - accepted);
    }

    /**
     * Logistic regression of a binary outcome on x from grouped data (x_i, n_i trials, y_i
     * successes), by Newton-Raphson. Returns {intercept, slope, standard error of slope}, or
     * NaNs when there is no variation in x or the fit does not converge.
     */
    public static double[] logisticRegression(double[] x, long[] n, long[] y) {
        double b0 = 0;
        double b1 = 0;
        double[] nan = {Double.NaN, Double.NaN, Double.NaN};
        int groups = 0;
        for (long v : n) if (v > 0) groups++;
        if (groups < 2) return nan;
        for (int iter = 0; iter < 100; iter++) {
            double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
            for (int i = 0; i < x.length; i++) {
                if (n[i] == 0) continue;
                double p = 1 / (1 + Math.exp(-(b0 + b1 * x[i])));
                double r = y[i] - n[i] * p;
                double wgt = n[i] * p * (1 - p);
                g0 += r;
                g1 += r * x[i];
                h00 += wgt;
                h01 += wgt * x[i];
                h11 += wgt * x[i] * x[i];
            }
            double det = h00 * h11 - h01 * h01;
            if (!(det > 0)) return nan;
            double d0 = (h11 * g0 - h01 * g1) / det;
            double d1 = (h00 * g1 - h01 * g0) / det;
            b0 += d0;
            b1 += d1;
            if (Math.abs(d0) < 1e-10 && Math.abs(d1) < 1e-10) {
                return new double[] {b0, b1, Math.sqrt(h00 / det)};
            }
        }
        return nan;
    }

    /** Gini coefficient of non-negative values (0 = equal). */
    public static double gini(double[] values) {
        int n = values.length;
        if (n == 0) return Double.NaN;
        double[] v = values.clone();
        Arrays.sort(v);
        double sum = 0, weighted = 0;
        for (int i = 0; i < n; i++) {
            sum += v[i];
            weighted += (i + 1) * v[i];
        }
        if (sum == 0) return 0;
        return 2 * weighted / (n * sum) - (n + 1.0) / n;
    }

    /** Median of the first {@code n} values (sorted in place); NaN when n is 0. */
    public static double median(double[] values, int n) {
        if (n == 0) return Double.NaN;
        Arrays.sort(values, 0, n);
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
