package org.kempelen.model;

import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.RequesterType;

/**
 * Counters the phases add to as they go, so that tables need no second pass over offers.
 * Country x category arrays are indexed {@code k * C + c}; pressure bands {@code band * C + c}.
 * Country x pressure band x category arrays are indexed {@code (k * BANDS + band) * C + c}.
 * The {@code day*} fields are reset after each day is recorded; the whole object is replaced
 * when recording begins after the burn-in.
 */
public final class MarketStats {
    public static final int C = DataCategory.COUNT;
    /** Pressure bands of width 0.2: [0, 0.2), ..., [0.8, 1]. */
    public static final int BANDS = 5;

    public final int countries;
    public final int regressionBins;

    public long dayOffersShown;
    public long dayOffersEvaluated;
    public final long[] dayAccepted = new long[C];
    public long dayQualificationAttempts;
    public long dayQualificationFailures;
    public long dayQualityKickouts;
    /** Tasks handed in today (submissions, including auction awards). */
    public long dayTasksDone;
    public final long[] dayItems = new long[C];
    public final double[] dayPriceSum = new double[C];
    public long dayPaidOutCents;
    public double dayPaidMinutes;
    public double dayUnpaidMinutes;
    public int dayBreaches;
    public int dayMisuses;
    public int dayHarmEvents;
    public int dayNewlyHarmed;
    public int dayNotified;
    public int dayCampaignsPosted;
    public int dayCampaignsBlocked;
    public int dayEntries;
    public int dayExits;

    public final long[] offers;
    public final long[] accepted;
    /** Qualification tests taken after deciding to accept, and those failed (the task is then not done). */
    public final long[] qualificationAttempts;
    public final long[] qualificationFailures;
    /** Workers removed by a requester's quality check, by country and the category of the task whose review removed them. */
    public final long[] qualityKickouts;
    /**
     * Sums over evaluated offers of three acceptance probabilities (7.4): with the worker's own
     * money weight; with the weight it would have were its resources at least its need (no
     * shortfall); and with that weight at the reference country's purchasing power. Differences
     * between them are the expected acceptances due to need and to purchasing power.
     */
    public final double[] expectedAccepted;
    public final double[] expectedAcceptedAtNeed;
    public final double[] expectedAcceptedAtReference;
    /** Offers and acceptances by country, pressure band and category (within-country odds ratio). */
    public final long[] countryBandOffers;
    public final long[] countryBandAccepted;
    public final long[] items;
    public final long[] itemsApproved;
    /** Items handed in to open campaigns (no country quota, 7.2), by country and category. */
    public final long[] itemsFromOpenCampaigns;
    public final long[] workerPayCents;
    public final long[] requesterCostCents;
    public final double[] acceptedPriceSum;
    public final long[] harmEvents;
    public final long[] notifiedHarm;
    public final double[] thirdPartiesExposed;
    /** Offers evaluated and accepted by requester type x category, indexed {@code type * C + c}. */
    public final long[] typeOffers = new long[RequesterType.values().length * C];
    public final long[] typeAccepted = new long[RequesterType.values().length * C];
    public final long[] bandOffers = new long[BANDS * C];
    public final long[] bandAccepted = new long[BANDS * C];
    public final long[] binOffers;
    public final long[] binAccepted;

    /** Unpaid minutes by cause: finding offers, qualification tests, rejected tasks, tasks for scams. */
    public double unpaidSearchMinutes;
    public double unpaidQualificationMinutes;
    public double unpaidRejectedMinutes;
    public double unpaidScamMinutes;

    public long offersShown;
    public long offersEvaluated;
    public long workerDays;
    public long campaignsPosted;
    public long campaignsBlockedByBan;
    public long campaignsBlockedAsScam;
    public long breaches;
    public long misuses;
    public long entries;
    /** Entrants by country. */
    public final long[] entriesByCountry;
    public long exits;
    /** Workers whose data was erased on leaving. */
    public long erasures;
    /** Counts per platform (docs/ODD.md 7.10). */
    public final PlatformCounts byPlatform;

    MarketStats(int countries, int regressionBins, int platforms) {
        this.countries = countries;
        this.regressionBins = regressionBins;
        this.byPlatform = new PlatformCounts(platforms, countries);
        int kc = countries * C;
        offers = new long[kc];
        accepted = new long[kc];
        qualificationAttempts = new long[kc];
        qualificationFailures = new long[kc];
        qualityKickouts = new long[kc];
        expectedAccepted = new double[kc];
        expectedAcceptedAtNeed = new double[kc];
        expectedAcceptedAtReference = new double[kc];
        countryBandOffers = new long[kc * BANDS];
        countryBandAccepted = new long[kc * BANDS];
        items = new long[kc];
        itemsApproved = new long[kc];
        itemsFromOpenCampaigns = new long[kc];
        entriesByCountry = new long[countries];
        workerPayCents = new long[kc];
        requesterCostCents = new long[kc];
        acceptedPriceSum = new double[kc];
        harmEvents = new long[kc];
        notifiedHarm = new long[kc];
        thirdPartiesExposed = new double[kc];
        binOffers = new long[regressionBins * C];
        binAccepted = new long[regressionBins * C];
    }

    public static int band(double pressure) {
        return Math.min(BANDS - 1, (int) (pressure * BANDS));
    }

    int bin(double pressure) {
        return bin(pressure, regressionBins);
    }

    /** Regression bin of a pressure among {@code bins} equal bins of [0, 1]. */
    static int bin(double pressure, int bins) {
        return Math.min(bins - 1, (int) (pressure * bins));
    }

    /**
     * Adds what the work phase counted in {@code tally} (one block of workers' counts, see
     * {@link WorkTally}) and zeroes it there; tallies are drained in block order, so sums of
     * doubles do not depend on the number of threads.
     */
    void drainWork(MarketStats tally) {
        offersShown += tally.offersShown;
        dayOffersShown += tally.dayOffersShown;
        offersEvaluated += tally.offersEvaluated;
        dayOffersEvaluated += tally.dayOffersEvaluated;
        dayQualificationAttempts += tally.dayQualificationAttempts;
        dayQualificationFailures += tally.dayQualificationFailures;
        unpaidSearchMinutes += tally.unpaidSearchMinutes;
        unpaidQualificationMinutes += tally.unpaidQualificationMinutes;
        dayUnpaidMinutes += tally.dayUnpaidMinutes;
        tally.offersShown = tally.dayOffersShown = tally.offersEvaluated = tally.dayOffersEvaluated = 0;
        tally.dayQualificationAttempts = tally.dayQualificationFailures = 0;
        tally.unpaidSearchMinutes = tally.unpaidQualificationMinutes = tally.dayUnpaidMinutes = 0;
        dayTasksDone += tally.dayTasksDone;
        tally.dayTasksDone = 0;
        drain(items, tally.items);
        drain(itemsFromOpenCampaigns, tally.itemsFromOpenCampaigns);
        drain(dayItems, tally.dayItems);
        drain(thirdPartiesExposed, tally.thirdPartiesExposed);
        drain(dayAccepted, tally.dayAccepted);
        drain(dayPriceSum, tally.dayPriceSum);
        drain(offers, tally.offers);
        drain(accepted, tally.accepted);
        drain(qualificationAttempts, tally.qualificationAttempts);
        drain(qualificationFailures, tally.qualificationFailures);
        drain(expectedAccepted, tally.expectedAccepted);
        drain(expectedAcceptedAtNeed, tally.expectedAcceptedAtNeed);
        drain(expectedAcceptedAtReference, tally.expectedAcceptedAtReference);
        drain(countryBandOffers, tally.countryBandOffers);
        drain(countryBandAccepted, tally.countryBandAccepted);
        drain(acceptedPriceSum, tally.acceptedPriceSum);
        drain(typeOffers, tally.typeOffers);
        drain(typeAccepted, tally.typeAccepted);
        drain(bandOffers, tally.bandOffers);
        drain(bandAccepted, tally.bandAccepted);
        drain(binOffers, tally.binOffers);
        drain(binAccepted, tally.binAccepted);
        byPlatform.drainWork(tally.byPlatform);
    }

    /**
     * Adds what review counted in {@code tally} (one worker group's, see {@link ReviewGroup}) and
     * zeroes it there; tallies are drained in group order, so sums of doubles do not depend on the
     * number of threads.
     */
    void drainReview(MarketStats tally) {
        dayQualityKickouts += tally.dayQualityKickouts;
        dayPaidOutCents += tally.dayPaidOutCents;
        dayPaidMinutes += tally.dayPaidMinutes;
        dayUnpaidMinutes += tally.dayUnpaidMinutes;
        unpaidRejectedMinutes += tally.unpaidRejectedMinutes;
        unpaidScamMinutes += tally.unpaidScamMinutes;
        tally.dayQualityKickouts = tally.dayPaidOutCents = 0;
        tally.dayPaidMinutes = tally.dayUnpaidMinutes = tally.unpaidRejectedMinutes = tally.unpaidScamMinutes = 0;
        drain(qualityKickouts, tally.qualityKickouts);
        drain(itemsApproved, tally.itemsApproved);
        drain(workerPayCents, tally.workerPayCents);
        drain(requesterCostCents, tally.requesterCostCents);
        byPlatform.drainReview(tally.byPlatform);
    }

    /** Adds {@code from} into {@code to} element by element and zeroes {@code from} (a work block's tally into the run's counts). */
    static void drain(long[] to, long[] from) {
        for (int i = 0; i < to.length; i++) to[i] += from[i];
        java.util.Arrays.fill(from, 0);
    }

    static void drain(double[] to, double[] from) {
        for (int i = 0; i < to.length; i++) to[i] += from[i];
        java.util.Arrays.fill(from, 0);
    }

    void resetDay() {
        dayOffersShown = 0;
        dayOffersEvaluated = 0;
        dayQualificationAttempts = 0;
        dayQualificationFailures = 0;
        dayQualityKickouts = 0;
        dayTasksDone = 0;
        java.util.Arrays.fill(dayAccepted, 0);
        java.util.Arrays.fill(dayItems, 0);
        java.util.Arrays.fill(dayPriceSum, 0);
        dayPaidOutCents = 0;
        dayPaidMinutes = 0;
        dayUnpaidMinutes = 0;
        dayBreaches = 0;
        dayMisuses = 0;
        dayHarmEvents = 0;
        dayNewlyHarmed = 0;
        dayNotified = 0;
        dayCampaignsPosted = 0;
        dayCampaignsBlocked = 0;
        dayEntries = 0;
        dayExits = 0;
        byPlatform.resetDay();
    }
}
