package org.kempelen.model;

import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.RequesterType;

/**
 * A requester's call for items: per-country quotas (or one global quota), prices per country
 * set by the pricing rule, a budget, and what is known about how the data will be kept.
 */
public final class Campaign {
    public final int id;
    public final Requester requester;
    /** Where it is posted: its rules, prices, money and workers are that platform's (docs/ODD.md 7.10). */
    public final Platform platform;
    public final DataCategory category;
    public final double taskMinutes;
    /** The requester's price per item, USD, before the pricing rule. */
    public final double basePrice;
    public final int openDay;
    public final int deadlineDay;
    public final boolean anonymous;
    public final boolean purposeDisclosed;
    public final double retentionDays;
    public final double breachHazardPerYear;
    public final double misuseProbability;
    public final boolean legitimate;
    public final double qualificationMinutes;
    public final double difficulty;
    /** Probability of harm per item over its life (breach or misuse). */
    public final double trueRisk;
    /** Paid by the hour of task time (requesters.*.hourlyPay): the task is paid whatever its review says. */
    public final boolean paidByTime;
    /** False: one quota for all countries, in {@code globalQuota}. */
    public final boolean targeted;
    public final int[] quota;
    public final int globalQuota;
    /** Items filled per country; written only through {@link #fill}, which keeps {@link #totalFilled} with it. */
    public final int[] filled;
    private int filledTotal;
    /** Price per item shown to workers in each country today, USD (the reserve under an auction). */
    public final double[] price;
    /** QUOTA_ESCALATION: current multiplier per country. */
    public final double[] escalation;
    /** Gross paid by the requester per country for approved items, cents. */
    public final long[] spentCents;
    /** Gross committed per country at submission, cents: what the requester expects to pay for items filled (retargeting). */
    public final long[] committedCents;
    public long budgetLeftCents;
    /** {@link #OPEN} while open (days before day 0 are negative, so no negative sentinel). */
    public int closedDay = OPEN;
    public static final int OPEN = Integer.MIN_VALUE;
    /** Price per country on the day the campaign was posted, USD (before escalation or later repricing). */
    public final double[] initialPrice;
    /** Misuse events of this campaign's items that have happened. */
    public int misuseEvents;
    /** Day of the breach of its store, or {@link #OPEN} if never breached. */
    public int breachDay = OPEN;
    public boolean breached;
    /** Its data was passed to processors abroad: their data protection, not the worker's country's, applies to it. */
    public boolean heldAbroad;
    /**
     * Workers who gave an item (data categories) while open; kept as a sorted array after closing.
     * Looked up for every offer of it shown and grown by every item, so a chunk turns bitmap sooner
     * (an open campaign's quota fills the chunk; closed campaigns keep the compact array).
     */
    WorkerSet contributorSet = new WorkerSet(WorkerSet.FAST_ARRAY_MAX);
    int[] contributors;
    /** REVERSE_AUCTION: today's bids as (price cents << 32 | worker id), the bid count, and who bid today. */
    long[] bids = new long[0];
    int bidCount;
    private WorkerSet bidders;

    Campaign(int id, Requester requester, Platform platform, DataCategory category, double taskMinutes, double basePrice, int openDay,
             int deadlineDay, boolean anonymous, boolean purposeDisclosed, double retentionDays, double breachHazardPerYear,
             double misuseProbability, boolean legitimate, double qualificationMinutes, double difficulty,
             boolean targeted, int[] quota, int globalQuota, long budgetCents) {
        this.id = id;
        this.requester = requester;
        this.platform = platform;
        this.category = category;
        this.taskMinutes = taskMinutes;
        this.basePrice = basePrice;
        this.openDay = openDay;
        this.deadlineDay = deadlineDay;
        this.anonymous = anonymous;
        this.purposeDisclosed = purposeDisclosed;
        this.retentionDays = retentionDays;
        this.breachHazardPerYear = breachHazardPerYear;
        this.misuseProbability = misuseProbability;
        this.legitimate = legitimate;
        this.qualificationMinutes = qualificationMinutes;
        this.difficulty = difficulty;
        this.targeted = targeted;
        this.paidByTime = requester.params.hourlyPay() > 0;
        this.quota = quota;
        this.globalQuota = globalQuota;
        this.filled = new int[quota.length];
        this.price = new double[quota.length];
        this.escalation = new double[quota.length];
        this.initialPrice = new double[quota.length];
        java.util.Arrays.fill(escalation, 1.0);
        this.spentCents = new long[quota.length];
        this.committedCents = new long[quota.length];
        this.budgetLeftCents = budgetCents;
        // Breach over the time the data is held (about half the open period plus retention), or misuse.
        double yearsHeld = (retentionDays + (deadlineDay - openDay) / 2.0) / 365.0;
        double breach = 1 - Math.exp(-breachHazardPerYear * yearsHeld);
        this.trueRisk = 1 - (1 - breach) * (1 - misuseProbability);
    }

    public RequesterType type() {
        return requester.type;
    }

    public boolean isOpen() {
        return closedDay == OPEN;
    }

    public int totalFilled() {
        return filledTotal;
    }

    /**
     * An item from country k fills its place. The total is kept rather than summed: an open
     * campaign's remaining quota is read for every item the in-order commit claims, and for every
     * country when the campaign closes.
     */
    void fill(int k) {
        filled[k]++;
        filledTotal++;
    }

    /** The total again after {@link #filled} was set whole (a restored state). */
    void recountFilled() {
        int n = 0;
        for (int f : filled) n += f;
        filledTotal = n;
    }

    /** Items still wanted from country k. */
    public int remaining(int k) {
        return targeted ? quota[k] - filled[k] : globalQuota - totalFilled();
    }

    /** Whether the campaign's data is still held on {@code day}. */
    boolean retainedOn(int day) {
        return closedDay == OPEN || day <= closedDay + retentionDays;
    }

    /** Days an item handed in on {@code day} may be held, and so misused: to the deadline, then the retention (at least 1). */
    int heldDays(int day) {
        return (int) Math.max(1, Math.round(retentionDays + (deadlineDay - day)));
    }

    boolean hasContributed(int worker) {
        return contributorSet != null && contributorSet.contains(worker);
    }

    /** Whether the worker has already bid on this campaign today (one bid per worker and day). */
    boolean hasBid(int worker) {
        return bidders != null && bidders.contains(worker);
    }

    void addContributor(int worker) {
        contributorSet.add(worker);
    }

    /** Closing turns the contributor set into a compact sorted array. */
    void close(int day) {
        closedDay = day;
        contributors = contributorSet.sortedArray();
        contributorSet = null;
        bids = null;
        bidders = null;
    }

    /** Contributors in id order, while open or after closing. */
    int[] contributorIds() {
        return contributors != null ? contributors : contributorSet.sortedArray();
    }

    /** A restored campaign's contributors (sorted ids): its set while open, its array once closed. */
    void restoreContributors(int[] ids) {
        if (isOpen()) {
            for (int w : ids) contributorSet.add(w);
        } else {
            contributors = ids;
            contributorSet = null;
            bids = null;
        }
    }

    /** Its data is no longer held: nothing will reach its contributors through it again (the table keeps the campaign). */
    void forgetContributors() {
        contributors = EMPTY;
    }

    private static final int[] EMPTY = new int[0];

    void addBid(long priceCents, int worker) {
        if (bidCount == bids.length) bids = java.util.Arrays.copyOf(bids, Math.max(16, bids.length * 2));
        bids[bidCount++] = (priceCents << 32) | worker;
        if (bidders == null) bidders = new WorkerSet();
        bidders.add(worker);
    }

    void clearBids() {
        bidCount = 0;
        if (bidders != null) bidders.clear();
    }
}
