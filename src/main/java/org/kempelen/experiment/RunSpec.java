package org.kempelen.experiment;

import java.util.Map;

/**
 * One run of a sweep: its global index, its design point and replication, its seed (derived
 * from the sweep's master seed, the point and the replication), and the varied values.
 * Serializable: the Spark engine ships it to the executor that does the run.
 */
public record RunSpec(int run, int point, int replication, long seed, Map<String, Object> values) implements java.io.Serializable {
    /** Seed of (point, replication) under the sweep's master seed: SplitMix64 mixing, never negative. */
    public static long seed(long master, int point, int replication) {
        long z = master * 0x9E3779B97F4A7C15L + point * 0xBF58476D1CE4E5B9L + replication * 0x94D049BB133111EBL + 0x2545F4914F6CDD1DL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return z & Long.MAX_VALUE;
    }
}
