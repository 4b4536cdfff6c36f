package org.kempelen.model;

import java.util.Arrays;

/**
 * One thread's draws from the {@link OfferIndex} without replacement within a visit. A visit
 * draws a few of many slots, so a slot is drawn from the day's table and drawn again if the visit
 * had it already (rejection: the accepted draw has exactly the weights of the slots left). After
 * {@link #TRIES} refusals in a row, as when a visit has drawn most of a small country's slots,
 * the draw walks the slots left instead. Slots drawn are marked with the visit's stamp, so
 * checking one is O(1) and ending a visit costs nothing.
 */
final class OfferDraws {
    /** Rejections in a row before walking the slots left. */
    static final int TRIES = 8;

    private final OfferIndex index;
    private int[][] drawnStamp;
    private int stamp;
    private int drawn;
    private int country = -1;

    OfferDraws(OfferIndex index, int countries) {
        this.index = index;
        this.drawnStamp = new int[countries][0];
    }

    /** Starts a visit to country k's offers. */
    void begin(int k) {
        country = k;
        drawn = 0;
        int n = index.count(k);
        if (drawnStamp[k].length < n) drawnStamp[k] = new int[Math.max(n, 2 * drawnStamp[k].length)];
        if (++stamp == Integer.MAX_VALUE) {
            for (int[] s : drawnStamp) Arrays.fill(s, 0);
            stamp = 1;
        }
    }

    /**
     * A slot not yet drawn in this visit, with probability proportional to its weight among those
     * left, marked as drawn; -1 when none is left.
     */
    int draw(SplitMixRandom r) {
        int k = country;
        if (drawn >= index.positive(k)) return -1;
        int[] marks = drawnStamp[k];
        for (int t = 0; t < TRIES; t++) {
            int s = index.sample(k, r.nextDouble());
            if (marks[s] != stamp && index.weight(k, s) > 0) return take(s);
        }
        int n = index.count(k);
        double left = 0;
        for (int s = 0; s < n; s++) if (marks[s] != stamp) left += index.weight(k, s);
        if (left <= 0) return -1;
        double u = r.nextDouble() * left;
        int last = -1;
        for (int s = 0; s < n; s++) {
            if (marks[s] == stamp || index.weight(k, s) == 0) continue;
            last = s;
            u -= index.weight(k, s);
            if (u < 0) break;
        }
        return take(last);
    }

    private int take(int slot) {
        drawnStamp[country][slot] = stamp;
        drawn++;
        return slot;
    }

    /** Returns a slot drawn in this visit to those left, to be drawn again (a second look that lost, 7.4.2). */
    void putBack(int slot) {
        drawnStamp[country][slot] = 0;
        drawn--;
    }

    /** Ends a visit. */
    void end() {
        country = -1;
    }
}
