package org.kempelen.experiment.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * First- and total-order Sobol indices from a {@link SobolDesign} plan and the outputs of its
 * points.
 *
 * <p>Estimators (Saltelli et al. 2010, table 2): with f_A, f_B, f_ABi the outputs of base row j
 * in A, B and AB_i, and V the variance (population, 1/(2n)) of the outputs of A and B together,
 * <pre>
 *   S1_i = mean( f_B (f_ABi - f_A) ) / V                 (Saltelli 2010)
 *   ST_i = mean( (f_A - f_ABi)^2 ) / (2V)                (Jansen 1999)
 * </pre>
 * The outputs are centred on the mean of A and B first: this leaves the estimators' expectation
 * unchanged and stops a large output mean from inflating the variance of S1.
 *
 * <p>NaN outputs mean "skip": for factor i, base rows with a NaN among f_A, f_B, f_ABi are
 * dropped, V included, and {@link SobolIndex#n()} reports the rows used. Confidence intervals:
 * the used rows are resampled with replacement {@code bootstrap} times and the indices
 * recomputed; the interval is the 2.5 % and 97.5 % percentiles (linear interpolation). The
 * resampling stream is seeded with {@code seed} afresh for every factor, so without NaNs all
 * factors use the same resamples. Percentile intervals can exclude the point estimate when the
 * estimator is skewed; they are not forced to contain it. Indices are NaN when no row is usable
 * or V is 0.
 */
public final class SobolAnalysis {
    private SobolAnalysis() {
    }

    /**
     * @param plan      a plan made by {@link SobolDesign}
     * @param y         the output of each point, {@code y[j]} for {@code plan.points().get(j)}; NaN skips the base row
     * @param bootstrap the number of bootstrap resamples for the confidence intervals (0: none, NaN bounds)
     * @param seed      the seed of the resampling
     * @return one index per factor, in the plan's factor order
     * @throws IllegalArgumentException if the plan is not a Sobol plan, {@code y} has the wrong
     *         length or an infinite value, or {@code bootstrap < 0}
     */
    public static List<SobolIndex> indices(Plan plan, double[] y, int bootstrap, long seed) {
        int k = plan.factors().size();
        int n = baseSamples(plan);
        Outputs.check(plan, y);
        if (bootstrap < 0) {
            throw new IllegalArgumentException("Sobol analysis: bootstrap must be 0 or more, got " + bootstrap);
        }
        double[] fa = Arrays.copyOfRange(y, 0, n);
        double[] fb = Arrays.copyOfRange(y, n, 2 * n);
        List<SobolIndex> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] fab = Arrays.copyOfRange(y, (2 + i) * n, (3 + i) * n);
            int[] rows = new int[n];
            int used = 0;
            for (int j = 0; j < n; j++) {
                if (!Double.isNaN(fa[j]) && !Double.isNaN(fb[j]) && !Double.isNaN(fab[j])) {
                    rows[used++] = j;
                }
            }
            rows = Arrays.copyOf(rows, used);
            double[] est = estimate(fa, fb, fab, rows);
            double s1Low = Double.NaN;
            double s1High = Double.NaN;
            double stLow = Double.NaN;
            double stHigh = Double.NaN;
            if (bootstrap > 0 && used > 0) {
                MersenneTwister rng = new MersenneTwister(seed);
                double[] s1s = new double[bootstrap];
                double[] sts = new double[bootstrap];
                int[] resample = new int[used];
                int m = 0;
                for (int b = 0; b < bootstrap; b++) {
                    for (int j = 0; j < used; j++) {
                        resample[j] = rows[rng.nextInt(used)];
                    }
                    double[] e = estimate(fa, fb, fab, resample);
                    if (!Double.isNaN(e[0]) && !Double.isNaN(e[1])) {
                        s1s[m] = e[0];
                        sts[m] = e[1];
                        m++;
                    }
                }
                if (m > 0) {
                    s1s = Arrays.copyOf(s1s, m);
                    sts = Arrays.copyOf(sts, m);
                    Arrays.sort(s1s);
                    Arrays.sort(sts);
                    s1Low = percentile(s1s, 0.025);
                    s1High = percentile(s1s, 0.975);
                    stLow = percentile(sts, 0.025);
                    stHigh = percentile(sts, 0.975);
                }
            }
            out.add(new SobolIndex(plan.factors().get(i).path(), est[0], s1Low, s1High, est[1], stLow, stHigh, used));
        }
        return out;
    }

    /** {S1, ST} over the given base rows (repeats allowed). */
    private static double[] estimate(double[] fa, double[] fb, double[] fab, int[] rows) {
        int n = rows.length;
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double sum = 0;
        for (int j : rows) {
            sum += fa[j] + fb[j];
        }
        double mean = sum / (2.0 * n);
        double var = 0;
        double first = 0;
        double total = 0;
        for (int j : rows) {
            double a = fa[j] - mean;
            double b = fb[j] - mean;
            double ab = fab[j] - mean;
            var += a * a + b * b;
            first += b * (ab - a);
            total += (a - ab) * (a - ab);
        }
        var /= 2.0 * n;
        if (!(var > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {first / n / var, total / (2.0 * n) / var};
    }

    /** The p-quantile of sorted values, linear interpolation between order statistics. */
    static double percentile(double[] sorted, double p) {
        double h = p * (sorted.length - 1);
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** N, after checking that the plan has the layout {@link SobolDesign} makes. */
    static int baseSamples(Plan plan) {
        int k = plan.factors().size();
        int size = plan.size();
        if (!"sobol".equals(plan.design()) || size == 0 || !(plan.role(0) instanceof Role.Sobol)) {
            throw new IllegalArgumentException("Sobol analysis needs a plan made by the sobol design; this plan is from the '"
                    + plan.design() + "' design");
        }
        if (size % (k + 2) != 0) {
            throw new IllegalArgumentException("Sobol analysis: the plan has " + size + " points, not a multiple of factors + 2 = "
                    + (k + 2));
        }
        int n = size / (k + 2);
        for (int j = 0; j < size; j++) {
            int block = j / n;
            Role.Sobol expected = block == 0 ? new Role.Sobol(Role.Matrix.A, -1, j % n)
                    : block == 1 ? new Role.Sobol(Role.Matrix.B, -1, j % n)
                    : new Role.Sobol(Role.Matrix.AB, block - 2, j % n);
            if (!expected.equals(plan.role(j))) {
                throw new IllegalArgumentException("Sobol analysis: point " + (j + 1) + " has role " + plan.role(j)
                        + ", expected " + expected + " (points must be A, B, AB_1, ..., AB_k as the sobol design makes them)");
            }
        }
        return n;
    }
}
