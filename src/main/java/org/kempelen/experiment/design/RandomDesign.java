package org.kempelen.experiment.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Simple random sampling: {@code samples} points, every coordinate an independent uniform draw
 * from [0, 1) (Mersenne Twister seeded with the seed) mapped through the factor's domain.
 */
public final class RandomDesign implements Design {
    private final int samples;

    /** @param samples the number of points, at least 1 */
    public RandomDesign(int samples) {
        this.samples = Checks.positive("random", "samples", samples);
        Checks.maxPoints("random", samples, "samples");
    }

    public int samples() {
        return samples;
    }

    @Override
    public String name() {
        return "random";
    }

    @Override
    public Plan plan(List<Factor> factors, long seed) {
        Checks.factors(factors);
        MersenneTwister rng = new MersenneTwister(seed);
        int k = factors.size();
        List<Map<String, Object>> points = new ArrayList<>(samples);
        double[] u = new double[k];
        for (int j = 0; j < samples; j++) {
            for (int i = 0; i < k; i++) {
                u[i] = rng.nextDouble();
            }
            points.add(Checks.point(factors, u));
        }
        return Plan.samples(name(), factors, points);
    }
}
