package org.kempelen.experiment.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for first- and total-order Sobol indices ({@link SobolAnalysis}).
 *
 * <p>Two N x k matrices A and B (N = {@code baseSamples}, k factors) come from one Sobol
 * low-discrepancy sequence of dimension 2k (Commons Math {@link SobolSequenceGenerator}, Joe-Kuo
 * direction numbers): A from its first k coordinates, B from the last k. The first point of the
 * sequence (all zeros) is skipped, so rows are sequence points 1..N. Then AB_i is A with column
 * i taken from B, for every factor i. Points are in the order A, B, AB_1, ..., AB_k: N(k+2)
 * points, each with a {@link Role.Sobol} role.
 *
 * <p>Randomisation: by default the sequence gets a random <em>digital shift</em> drawn from the
 * seed (every coordinate's 52-bit binary expansion is XOR-ed with a per-dimension random
 * 52-bit mask). A digital shift keeps the sequence's net structure (its low discrepancy), makes
 * the design deterministic for a given seed, and lets different seeds give independent
 * randomised replicates. With {@code shift = false} the seed is ignored and the plain sequence is
 * used (as e.g. SALib does). Balance is best when N is a power of two.
 *
 * <p>Limits: 2k must not exceed the generator's 1000 dimensions, so at most 500 factors.
 */
public final class SobolDesign implements Design {
    /** The most factors: the Sobol generator has 1000 dimensions and the scheme needs 2k. */
    public static final int MAX_FACTORS = 500;
    private static final double SCALE = 0x1p52;
    private static final long MASK = (1L << 52) - 1;

    private final int baseSamples;
    private final boolean shift;

    /** @param baseSamples N, the number of rows of A and B, at least 1 (a power of two is best) */
    public SobolDesign(int baseSamples) {
        this(baseSamples, true);
    }

    /**
     * @param baseSamples N, the number of rows of A and B, at least 1
     * @param shift       true to apply a seeded random digital shift, false for the plain sequence
     */
    public SobolDesign(int baseSamples, boolean shift) {
        this.baseSamples = Checks.positive("sobol", "base samples", baseSamples);
        this.shift = shift;
    }

    public int baseSamples() {
        return baseSamples;
    }

    @Override
    public String name() {
        return "sobol";
    }

    @Override
    public Plan plan(List<Factor> factors, long seed) {
        Checks.factors(factors);
        int k = factors.size();
        if (k > MAX_FACTORS) {
            throw new IllegalArgumentException("sobol design: " + k + " factors, more than the limit of " + MAX_FACTORS
                    + " (the Sobol sequence has 1000 dimensions and the design needs two per factor)");
        }
        int n = baseSamples;
        Checks.maxPoints(name(), Checks.times(n, k + 2L), "base samples x (factors + 2) = " + n + " x " + (k + 2));

        long[] masks = new long[2 * k];
        if (shift) {
            MersenneTwister rng = new MersenneTwister(seed);
            for (int d = 0; d < 2 * k; d++) {
                masks[d] = rng.nextLong() & MASK;
            }
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.nextVector();                                  // skip the first point (all zeros)
        double[][] a = new double[n][k];
        double[][] b = new double[n][k];
        for (int j = 0; j < n; j++) {
            double[] x = sobol.nextVector();
            for (int d = 0; d < 2 * k; d++) {
                double u = ((long) (x[d] * SCALE) ^ masks[d]) / SCALE;
                if (d < k) {
                    a[j][d] = u;
                } else {
                    b[j][d - k] = u;
                }
            }
        }

        List<Map<String, Object>> points = new ArrayList<>(n * (k + 2));
        List<Role> roles = new ArrayList<>(n * (k + 2));
        for (int j = 0; j < n; j++) {
            points.add(Checks.point(factors, a[j]));
            roles.add(new Role.Sobol(Role.Matrix.A, -1, j));
        }
        for (int j = 0; j < n; j++) {
            points.add(Checks.point(factors, b[j]));
            roles.add(new Role.Sobol(Role.Matrix.B, -1, j));
        }
        double[] ab = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                System.arraycopy(a[j], 0, ab, 0, k);
                ab[i] = b[j][i];
                points.add(Checks.point(factors, ab));
                roles.add(new Role.Sobol(Role.Matrix.AB, i, j));
            }
        }
        return new Plan(name(), factors, points, roles);
    }
}
