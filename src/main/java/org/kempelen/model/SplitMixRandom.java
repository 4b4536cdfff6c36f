package org.kempelen.model;

/**
 * A small generator for one worker's decisions on one day: SplitMix64 (Steele, Lea and Flood
 * 2014, the generator behind Java's SplittableRandom), re-seeded in place so that a worker's
 * numbers can be drawn again without allocating. Seeds come from {@link RandomStreams#substream}.
 */
final class SplitMixRandom {
    private long state;

    void seed(long seed) {
        state = seed;
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return RandomStreams.mix(state);
    }

    /** Uniform on 0 .. bound - 1 (bound > 0), by Lemire's multiply-shift of 32 random bits (bias below 2^-32 x bound). */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform on [0, 1) with 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
}
