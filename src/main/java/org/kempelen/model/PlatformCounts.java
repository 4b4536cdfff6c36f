package org.kempelen.model;

import java.util.Arrays;
import org.kempelen.scenario.DataCategory;

/**
 * What the outputs count per platform of a market with several (docs/ODD.md 7.10), and the day's
 * hours and pay per country and platform from which workers' expected earnings are learnt. Part
 * of {@link MarketStats}; with one platform its counts are those of the market.
 */
public final class PlatformCounts {
    private static final int C = DataCategory.COUNT;

    public final int platforms;
    /** Per platform x category: items handed in, and approved. */
    public final long[] items;
    public final long[] itemsApproved;
    /** Per platform x category: net pay approved, cents. */
    public final long[] workerPayCents;
    /** Per platform: campaigns posted, blocked by a ban, blocked as scams; workers' visits. */
    public final long[] campaignsPosted;
    public final long[] blockedByBan;
    public final long[] blockedAsScam;
    public final long[] visits;
    /** Per platform: minutes of approved task time, and of unpaid time (search, tests, rejected and scam tasks). */
    public final double[] paidMinutes;
    public final double[] unpaidMinutes;
    /** Today, per country x platform: hours worked and searched in visits, and net pay approved (USD). */
    final double[] dayHours;
    final double[] dayPay;

    PlatformCounts(int platforms, int countries) {
        this.platforms = platforms;
        items = new long[platforms * C];
        itemsApproved = new long[platforms * C];
        workerPayCents = new long[platforms * C];
        campaignsPosted = new long[platforms];
        blockedByBan = new long[platforms];
        blockedAsScam = new long[platforms];
        visits = new long[platforms];
        paidMinutes = new double[platforms];
        unpaidMinutes = new double[platforms];
        dayHours = new double[countries * platforms];
        dayPay = new double[countries * platforms];
    }

    /** Adds what a block of the work phase counted ({@link WorkTally}) and zeroes it there. */
    void drainWork(PlatformCounts tally) {
        for (int p = 0; p < platforms; p++) {
            visits[p] += tally.visits[p];
            unpaidMinutes[p] += tally.unpaidMinutes[p];
        }
        for (int i = 0; i < dayHours.length; i++) dayHours[i] += tally.dayHours[i];
        Arrays.fill(tally.visits, 0);
        Arrays.fill(tally.unpaidMinutes, 0);
        Arrays.fill(tally.dayHours, 0);
    }

    void resetDay() {
        Arrays.fill(dayHours, 0);
        Arrays.fill(dayPay, 0);
    }
}
