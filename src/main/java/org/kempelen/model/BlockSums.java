package org.kempelen.model;

import java.util.Arrays;

/**
 * Partial sums of a pass over the active workers that runs in parallel: one row per block of
 * {@link #BLOCK} workers (in active-list order), added up in block order, so that the totals are
 * the same doubles whatever the number of threads. Grows once to the largest number of blocks.
 */
final class BlockSums {
    static final int BLOCK = 2048;

    private final int width;
    private double[] rows = new double[0];

    BlockSums(int width) {
        this.width = width;
    }

    static int blocks(int workers) {
        return (workers + BLOCK - 1) / BLOCK;
    }

    /** Zeroes the rows of {@code blocks} blocks. */
    void clear(int blocks) {
        int n = blocks * width;
        if (rows.length < n) rows = new double[Math.max(n, rows.length * 2)];
        Arrays.fill(rows, 0, n, 0);
    }

    void add(int block, int i, double v) {
        rows[block * width + i] += v;
    }

    /** {@code into[i]} = the sum over blocks, in block order, of entry i. */
    void total(int blocks, double[] into) {
        Arrays.fill(into, 0, width, 0);
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < width; i++) into[i] += rows[b * width + i];
        }
    }
}
