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
    /** Today, per platform x country ({@link #pk}): hours worked and searched in visits, and net pay approved (USD). */
    final double[] dayHours;
    final double[] dayPay;

    /**
     * Several platforms only (empty with one): the by_country.csv counts per platform x country x
     * category, at {@link #at}: offers evaluated and accepted, prices accepted (USD), items handed
     * in and approved, net pay and gross cost (cents), third parties exposed, harm events and
     * those notified; and per platform x country, minutes paid and unpaid.
     */
    public final boolean split;
    public final int countries;
    public final long[] offersByCountry;
    public final long[] acceptedByCountry;
    public final double[] priceSumByCountry;
    public final long[] itemsByCountry;
    public final long[] openItemsByCountry;
    public final long[] approvedByCountry;
    public final long[] payCentsByCountry;
    public final long[] costCentsByCountry;
    public final double[] thirdPartiesByCountry;
    public final long[] harmByCountry;
    public final long[] notifiedByCountry;
    public final double[] paidMinutesByCountry;
    public final double[] unpaidMinutesByCountry;

    PlatformCounts(int platforms, int countries) {
        this.platforms = platforms;
        this.countries = countries;
        this.split = platforms > 1;
        int pkc = split ? platforms * countries * C : 0;
        int pk = split ? platforms * countries : 0;
        offersByCountry = new long[pkc];
        acceptedByCountry = new long[pkc];
        priceSumByCountry = new double[pkc];
        itemsByCountry = new long[pkc];
        openItemsByCountry = new long[pkc];
        approvedByCountry = new long[pkc];
        payCentsByCountry = new long[pkc];
        costCentsByCountry = new long[pkc];
        thirdPartiesByCountry = new double[pkc];
        harmByCountry = new long[pkc];
        notifiedByCountry = new long[pkc];
        paidMinutesByCountry = new double[pk];
        unpaidMinutesByCountry = new double[pk];
        items = new long[platforms * C];
        itemsApproved = new long[platforms * C];
        workerPayCents = new long[platforms * C];
        campaignsPosted = new long[platforms];
        blockedByBan = new long[platforms];
        blockedAsScam = new long[platforms];
        visits = new long[platforms];
        paidMinutes = new double[platforms];
        unpaidMinutes = new double[platforms];
        dayHours = new double[platforms * countries];
        dayPay = new double[platforms * countries];
    }

    /** Adds what a block of the work phase counted ({@link WorkTally}) and zeroes it there. */
    void drainWork(PlatformCounts tally) {
        MarketStats.drain(visits, tally.visits);
        MarketStats.drain(unpaidMinutes, tally.unpaidMinutes);
        MarketStats.drain(dayHours, tally.dayHours);
        MarketStats.drain(offersByCountry, tally.offersByCountry);
        MarketStats.drain(acceptedByCountry, tally.acceptedByCountry);
        MarketStats.drain(priceSumByCountry, tally.priceSumByCountry);
        MarketStats.drain(unpaidMinutesByCountry, tally.unpaidMinutesByCountry);
        MarketStats.drain(items, tally.items);
        MarketStats.drain(itemsByCountry, tally.itemsByCountry);
        MarketStats.drain(openItemsByCountry, tally.openItemsByCountry);
        MarketStats.drain(thirdPartiesByCountry, tally.thirdPartiesByCountry);
    }

    /** Adds what a worker group's review counted ({@link ReviewGroup}) and zeroes it there. */
    void drainReview(PlatformCounts tally) {
        MarketStats.drain(unpaidMinutes, tally.unpaidMinutes);
        MarketStats.drain(unpaidMinutesByCountry, tally.unpaidMinutesByCountry);
        MarketStats.drain(itemsApproved, tally.itemsApproved);
        MarketStats.drain(workerPayCents, tally.workerPayCents);
        MarketStats.drain(paidMinutes, tally.paidMinutes);
        MarketStats.drain(dayPay, tally.dayPay);
        MarketStats.drain(approvedByCountry, tally.approvedByCountry);
        MarketStats.drain(payCentsByCountry, tally.payCentsByCountry);
        MarketStats.drain(costCentsByCountry, tally.costCentsByCountry);
        MarketStats.drain(paidMinutesByCountry, tally.paidMinutesByCountry);
    }

    /** An item of category c from country k handed in on platform p (third parties exposed for personal data). */
    void handedIn(int p, int k, int c, double thirdParties, boolean personal, boolean open) {
        items[p * C + c]++;
        if (!split) return;
        itemsByCountry[at(p, k, c)]++;
        if (open) openItemsByCountry[at(p, k, c)]++;
        if (personal) thirdPartiesByCountry[at(p, k, c)] += thirdParties;
    }

    /** A visit to platform p by a worker of country k: its unpaid minutes, and its hours worked and searched. */
    void visit(int p, int k, double unpaid, double hours) {
        visits[p]++;
        dayHours[pk(p, k)] += hours;
        unpaid(p, k, unpaid);
    }

    /** An offer of category c evaluated on platform p by a worker of country k. */
    void offered(int p, int k, int c) {
        if (split) offersByCountry[at(p, k, c)]++;
    }

    /** An offer accepted, at {@code priceUsd}. */
    void accepted(int p, int k, int c, double priceUsd) {
        if (!split) return;
        acceptedByCountry[at(p, k, c)]++;
        priceSumByCountry[at(p, k, c)] += priceUsd;
    }

    /** Unpaid minutes on platform p of a worker of country k (search and tests, rejected and scam tasks). */
    void unpaid(int p, int k, double minutes) {
        unpaidMinutes[p] += minutes;
        if (split) unpaidMinutesByCountry[pk(p, k)] += minutes;
    }

    /** A task of category c approved on platform p for a worker of country k: net pay and gross cost (cents), its minutes. */
    void approved(int p, int k, int c, long net, long gross, double minutes) {
        itemsApproved[p * C + c]++;
        workerPayCents[p * C + c] += net;
        paidMinutes[p] += minutes;
        dayPay[pk(p, k)] += net / 100.0;
        if (!split) return;
        int at = at(p, k, c);
        approvedByCountry[at]++;
        payCentsByCountry[at] += net;
        costCentsByCountry[at] += gross;
        paidMinutesByCountry[pk(p, k)] += minutes;
    }

    /** Harm to a worker of country k through its item of category c collected on platform p. */
    void harmed(int p, int k, int c) {
        if (split) harmByCountry[at(p, k, c)]++;
    }

    /** That harm, told to the worker. */
    void notified(int p, int k, int c) {
        if (split) notifiedByCountry[at(p, k, c)]++;
    }

    /** Index of platform p, country k in the per platform x country arrays. */
    public int pk(int p, int k) {
        return p * countries + k;
    }

    /** Index of platform p, country k, category c in the per-country arrays. */
    public int at(int p, int k, int c) {
        return (p * countries + k) * C + c;
    }

    void resetDay() {
        Arrays.fill(dayHours, 0);
        Arrays.fill(dayPay, 0);
    }
}
