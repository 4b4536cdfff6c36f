package org.kempelen.model;

import org.kempelen.scenario.DataCategory;

/**
 * The counts of one block of a work round's positions: what the block's committed visits and the
 * items they handed in add to the run's counts. A block is folded by one thread, in position
 * order, and tallies are drained into the run's {@link MarketStats} in block order at the end of
 * the day, so every sum is the same whatever the number of threads. What a visit leaves on its
 * worker is folded by the worker's owner ({@link WorkerEffects}).
 */
final class WorkTally {
    private static final int C = DataCategory.COUNT;

    private final MarketModel m;
    /** Per platform: its offer index and unpaid minutes per offer shown. */
    private final OfferIndex[] offers;
    private final double[] search;
    /** Per platform: whether an accepted offer is handed in at once (false: it is a bid, awarded at review). */
    private final boolean[] handsIn;
    /** The counts; only the fields the work phase adds to are used ({@link MarketStats#drainWork}). */
    final MarketStats counts;

    WorkTally(MarketModel m, OfferIndex[] offers) {
        this.m = m;
        this.offers = offers;
        this.search = new double[m.platforms.length];
        this.handsIn = new boolean[m.platforms.length];
        for (Platform p : m.platforms) {
            search[p.index] = p.params.searchMinutesPerOffer();
            handsIn[p.index] = !p.pricing.workersBid();
        }
        this.counts = new MarketStats(m.countries.count, m.scenario.analysis().regressionBins(), m.platforms.length);
    }

    /** Folds the committed visit at index p of {@code log} into the counts. */
    void fold(VisitLog log, int p) {
        if (!log.loggedIn[p]) return;
        MarketStats st = counts;
        PlatformCounts byPlatform = st.byPlatform;
        int k = log.country[p];
        int band = log.band[p];
        int bin = log.bin[p];
        int on = log.platform[p];
        double searchMinutes = search[on];
        for (int e = p * log.stride, end = e + log.count[p]; e < end; e++) {
            st.unpaidSearchMinutes += searchMinutes;
            st.offersShown++;
            st.dayOffersShown++;
            byte kind = log.kind[e];
            if (kind == VisitLog.SHOWN) continue;
            int cat = log.category[e];
            int i = k * C + cat;
            int ti = log.type[e] * C + cat;
            int cb = (k * MarketStats.BANDS + band) * C + cat;
            st.offersEvaluated++;
            st.dayOffersEvaluated++;
            st.offers[i]++;
            byPlatform.offered(on, k, cat);
            st.typeOffers[ti]++;
            st.bandOffers[band * C + cat]++;
            st.countryBandOffers[cb]++;
            st.binOffers[bin * C + cat]++;
            st.expectedAccepted[i] += log.probability[e];
            st.expectedAcceptedAtNeed[i] += log.atNeed[e];
            st.expectedAcceptedAtReference[i] += log.atReference[e];
            if (kind == VisitLog.DECLINED) continue;
            st.accepted[i]++;
            st.typeAccepted[ti]++;
            st.dayAccepted[cat]++;
            st.bandAccepted[band * C + cat]++;
            st.countryBandAccepted[cb]++;
            st.binAccepted[bin * C + cat]++;
            st.acceptedPriceSum[i] += log.agreedUsd[e];
            byPlatform.accepted(on, k, cat, log.agreedUsd[e]);
            st.dayPriceSum[cat] += log.agreedUsd[e];
            if (kind == VisitLog.ACCEPTED) continue;
            st.unpaidQualificationMinutes += offers[on].campaign(k, log.slot[e]).qualificationMinutes;
            st.qualificationAttempts[i]++;
            st.dayQualificationAttempts++;
            if (kind == VisitLog.FAILED) {
                st.qualificationFailures[i]++;
                st.dayQualificationFailures++;
            }
        }
        double unpaid = log.unpaid[p];
        st.dayUnpaidMinutes += unpaid;
        byPlatform.visit(on, k, unpaid, (unpaid + log.worked[p]) / 60.0);
        if (!handsIn[on]) return;
        OfferIndex index = offers[on];
        for (int e = p * log.stride, end = e + log.count[p]; e < end; e++) {
            byte kind = log.kind[e];
            if (kind == VisitLog.ACCEPTED || kind == VisitLog.PASSED) m.handInCounts(index.campaign(k, log.slot[e]), k, st);
        }
    }
}
