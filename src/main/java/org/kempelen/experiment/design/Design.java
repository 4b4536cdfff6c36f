package org.kempelen.experiment.design;

import java.util.List;

/** An experimental design: turns factors into the points to run. */
public interface Design {
    /** The design's name as used in sweep files: "grid", "random", "lhs", "sobol", "morris" or "csv". */
    String name();

    /**
     * The points to run, in run order. Pure and deterministic: the same factors and seed give the
     * same plan (designs without randomness ignore the seed).
     *
     * @throws IllegalArgumentException for impossible settings or factors, with a user-facing message
     */
    Plan plan(List<Factor> factors, long seed);
}
