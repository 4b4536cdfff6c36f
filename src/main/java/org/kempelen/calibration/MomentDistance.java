package org.kempelen.calibration;

import java.util.List;

/**
 * The method-of-simulated-moments objective with a diagonal weighting, summed over the targets'
 * comparisons. A value target adds ((simulated mean - value) / distance from the value to the
 * interval's edge on that side)^2, so it counts in the units of its own tolerance and a mean at
 * an edge adds 1. A bound or an ordering is a hinge: 0 when met, (violation / scale)^2 when not,
 * so it pulls only while it is missed and then in the same tolerance units.
 */
public final class MomentDistance {
    /**
     * What a comparison adds when the run does not produce its metric at all (every replication
     * NaN, e.g. a half-life without exits): the square of a miss of a thousand half-widths, far
     * worse than any finite miss the model gives, yet finite so the optimiser can still rank points.
     */
    public static final double NOT_AVAILABLE = 1e6;

    private MomentDistance() {}

    /** The objective at simulated means {@code means}, one per comparison of {@code targets} ({@link Comparison#of}). */
    public static double of(List<Target> targets, double[] means) {
        List<Comparison> comparisons = Comparison.of(targets);
        if (means.length != comparisons.size()) throw new IllegalArgumentException(means.length + " means for " + comparisons.size() + " comparisons");
        double sum = 0;
        for (int i = 0; i < means.length; i++) sum += term(comparisons.get(i), means[i]);
        return sum;
    }

    /** A value target's share of the objective (it has one comparison). */
    public static double term(Target t, double mean) {
        if (t.kind() != Target.Kind.INTERVAL) throw new IllegalArgumentException(t.name() + " is not a value target; use its comparisons");
        return term(t.comparisons().get(0), mean);
    }

    /**
     * One comparison's share of the objective. A miss above a value is scaled by the distance from
     * the value to the interval's upper end, one below by the distance to its lower end, so a mean
     * at either edge adds exactly 1 even when the value is not the interval's middle. A bound or
     * ordering adds nothing on its side of the limit (a tie included), ((violation) / scale)^2 beyond it.
     */
    public static double term(Comparison c, double mean) {
        if (!Double.isFinite(mean)) return NOT_AVAILABLE;
        double z;
        if (c.target().kind() == Target.Kind.INTERVAL) {
            z = (mean - c.aim()) / c.scale(mean);
        } else {
            z = Math.max(0, c.violation(mean)) / c.scale(mean);
        }
        return z * z;
    }
}
