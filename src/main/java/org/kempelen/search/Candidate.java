package org.kempelen.search;

import java.util.Map;

/**
 * One evaluated candidate: its id (0 is the base scenario, the search's from 1), its generation
 * (from 1, as every file counts them; -1 for the base), its position in [0, 1]^d as the optimiser proposed it (NaN for the base),
 * its lever values, and every run's metrics, {@code values[state][replication][metric]} in the
 * order of {@link SearchSpec#metrics()} (NaN where a run failed).
 */
public record Candidate(int id, int generation, double[] positions, Map<String, Object> levers, double[][][] values) {
    public static final int BASE_GENERATION = -1;

    public boolean isBase() {
        return generation == BASE_GENERATION;
    }

    /** Metric {@code m}'s mean over the replications, per state (NaN for a state with a failed run). */
    public double[] perState(int m) {
        double[] out = new double[values.length];
        for (int s = 0; s < values.length; s++) {
            double sum = 0;
            for (double[] rep : values[s]) sum += rep[m];
            out[s] = sum / values[s].length;
        }
        return out;
    }
}
