package org.kempelen.model;

/**
 * What the workers of one work round decided, before it is committed: per worker of the round
 * (by its position in the round) whether it logged in, its unpaid and worked minutes and its
 * choice flags and the platform it visited; per offer it was shown (at most the largest
 * {@code offersPerLogin} of the platforms, so a fixed stride) the
 * slot, what it did with it, its acceptance probabilities and the agreed cents. Primitive
 * arrays, allocated once: nothing per offer.
 */
final class VisitLog {
    /** Shown, but there was no time left to do it: not evaluated. */
    static final byte SHOWN = 0;
    static final byte DECLINED = 1;
    static final byte ACCEPTED = 2;
    /** Accepted and passed the requester's qualification test first. */
    static final byte PASSED = 3;
    /** Accepted, failed the qualification test: not done. */
    static final byte FAILED = 4;

    final int stride;
    final int[] worker;
    /** The worker's country, pressure band and regression bin (kept so that folding reads no worker state). */
    final int[] country;
    final int[] band;
    final int[] bin;
    final boolean[] loggedIn;
    /** The platform the worker visited (index into the market's platforms). */
    final byte[] platform;
    final int[] count;
    /** Offers accepted (done, or a qualification test taken): a position without any has nothing to commit if it still holds. */
    final int[] accepted;
    final double[] unpaid;
    final double[] worked;
    /** Bits for {@link Workers#choiceFlags} set by the visit. */
    final int[] flags;

    final int[] slot;
    final byte[] kind;
    /** Acceptance probability of an evaluated offer: own money weight, at need, at need and the reference purchasing power (7.4). */
    final double[] probability;
    final double[] atNeed;
    final double[] atReference;
    /** Price agreed (the bid under an auction), cents; for SHOWN and DECLINED unused. */
    final long[] cents;
    /** The price counted in the tables, USD: the bid under an auction, else the campaign's price in the country. */
    final double[] agreedUsd;
    /** The campaign's category and requester type (ordinals). */
    final byte[] category;
    final byte[] type;
    /** The task's time for the worker (docs/ODD.md 7.4.2), minutes; for SHOWN unused. */
    final double[] minutes;

    VisitLog(int positions, int offersPerLogin) {
        stride = offersPerLogin;
        worker = new int[positions];
        country = new int[positions];
        band = new int[positions];
        bin = new int[positions];
        loggedIn = new boolean[positions];
        platform = new byte[positions];
        count = new int[positions];
        accepted = new int[positions];
        unpaid = new double[positions];
        worked = new double[positions];
        flags = new int[positions];
        int n = positions * offersPerLogin;
        slot = new int[n];
        kind = new byte[n];
        probability = new double[n];
        atNeed = new double[n];
        atReference = new double[n];
        cents = new long[n];
        agreedUsd = new double[n];
        category = new byte[n];
        type = new byte[n];
        minutes = new double[n];
    }

    /** Starts position p's record for worker w of country k: nothing done yet. */
    void start(int p, int w, int k) {
        worker[p] = w;
        country[p] = k;
        loggedIn[p] = false;
        platform[p] = 0;
        count[p] = 0;
        accepted[p] = 0;
        unpaid[p] = 0;
        worked[p] = 0;
        flags[p] = 0;
    }

    /** Appends an offer to position p's record; returns its entry index. */
    int add(int p, int slotIndex, byte what) {
        int e = p * stride + count[p]++;
        slot[e] = slotIndex;
        kind[e] = what;
        if (accepted(what)) accepted[p]++;
        return e;
    }

    static boolean accepted(byte kind) {
        return kind >= ACCEPTED;
    }
}
