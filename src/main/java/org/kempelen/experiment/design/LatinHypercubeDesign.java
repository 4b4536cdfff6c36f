package org.kempelen.experiment.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Latin hypercube sampling: each factor's [0, 1) is cut into {@code samples} equal strata and
 * every stratum holds exactly one point, at a uniformly random position within it; the strata
 * are matched across factors by independent random permutations (Mersenne Twister seeded with
 * the seed). For a {@link Domain.Levels} factor whose level count divides {@code samples}, every
 * level appears equally often.
 */
public final class LatinHypercubeDesign implements Design {
    private static final double BELOW_ONE = Math.nextDown(1.0);
    private final int samples;

    /** @param samples the number of points (and of strata per factor), at least 1 */
    public LatinHypercubeDesign(int samples) {
        this.samples = Checks.positive("lhs", "samples", samples);
        Checks.maxPoints("lhs", samples, "samples");
    }

    public int samples() {
        return samples;
    }

    @Override
    public String name() {
        return "lhs";
    }

    @Override
    public Plan plan(List<Factor> factors, long seed) {
        Checks.factors(factors);
        MersenneTwister rng = new MersenneTwister(seed);
        int k = factors.size();
        double[][] u = new double[samples][k];
        int[] perm = new int[samples];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < samples; j++) {
                perm[j] = j;
            }
            for (int j = samples - 1; j > 0; j--) {     // Fisher-Yates
                int r = rng.nextInt(j + 1);
                int t = perm[j];
                perm[j] = perm[r];
                perm[r] = t;
            }
            for (int j = 0; j < samples; j++) {
                u[j][i] = Math.min(BELOW_ONE, (perm[j] + rng.nextDouble()) / samples);
            }
        }
        List<Map<String, Object>> points = new ArrayList<>(samples);
        for (double[] row : u) {
            points.add(Checks.point(factors, row));
        }
        return Plan.samples(name(), factors, points);
    }
}
