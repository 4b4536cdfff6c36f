package org.kempelen.calibration;

import java.util.List;

/**
 * The method-of-simulated-moments objective with a diagonal weighting: the sum over targets of
 * ((simulated mean - target value) / half-width of the target's tolerance interval)^2. Each
 * target thus counts in the units of its own tolerance, so a target met at an edge of its
 * interval (with the value in the middle) adds 1, and no target outweighs another by its units.
 */
public final class MomentDistance {
    /**
     * What a target adds when the run does not produce its metric at all (every replication NaN,
     * e.g. a half-life without exits): the square of a miss of a thousand half-widths, far worse
     * than any finite miss the model gives, yet finite so the optimiser can still rank points.
     */
    public static final double NOT_AVAILABLE = 1e6;

    private MomentDistance() {}

    /** The objective at simulated means {@code means}, in the order of {@code targets}. */
    public static double of(List<Target> targets, double[] means) {
        if (means.length != targets.size()) throw new IllegalArgumentException(means.length + " means for " + targets.size() + " targets");
        double sum = 0;
        for (int i = 0; i < means.length; i++) sum += term(targets.get(i), means[i]);
        return sum;
    }

    /** One target's share of the objective. */
    public static double term(Target t, double mean) {
        if (!Double.isFinite(mean)) return NOT_AVAILABLE;
        double z = (mean - t.value()) / t.halfWidth();
        return z * z;
    }
}
