package org.kempelen.calibration;

import java.util.List;

/**
 * The method-of-simulated-moments objective with a diagonal weighting: the sum over targets of
 * ((simulated mean - target value) / distance from the value to the interval's edge on that
 * side)^2. Each target thus counts in the units of its own tolerance, so a target met at an edge
 * of its interval adds 1, and no target outweighs another by its units.
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

    /**
     * One target's share of the objective. A miss above the value is scaled by the distance from
     * the value to the interval's upper end, one below by the distance to its lower end, so a
     * mean at either edge adds exactly 1 even when the value is not the interval's middle.
     */
    public static double term(Target t, double mean) {
        if (!Double.isFinite(mean)) return NOT_AVAILABLE;
        double scale = mean >= t.value() ? t.high() - t.value() : t.value() - t.low();
        double z = (mean - t.value()) / scale;
        return z * z;
    }
}
