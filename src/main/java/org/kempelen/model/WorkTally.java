package org.kempelen.model;

import org.kempelen.scenario.DataCategory;

/**
 * The counts of one block of a work round's positions, and what a committed visit leaves on its
 * worker (last login, unpaid minutes, recent hours, choice flags). A block's visits are folded
 * in by whichever thread takes the block, in position order; tallies are drained into the run's
 * {@link MarketStats} in block order at the end of the day, so every sum is added in the same
 * order whatever the number of threads.
 */
final class WorkTally {
    private static final int C = DataCategory.COUNT;

    private final MarketModel m;
    private final OfferIndex offers;
    private final boolean auction;
    private final double search;
    /** The counts; only the fields the work phase adds to are used ({@link MarketStats#drainWork}). */
    final MarketStats counts;

    WorkTally(MarketModel m, OfferIndex offers) {
        this.m = m;
        this.offers = offers;
        this.auction = m.pricing.workersBid();
        this.search = m.scenario.platform().searchMinutesPerOffer();
        this.counts = new MarketStats(m.countries.count, m.scenario.analysis().regressionBins());
    }

    /** Folds the committed visits at positions {@code from} to {@code to - 1} of the log. */
    void fold(VisitLog log, int from, int to, int day) {
        Workers ws = m.workers;
        MarketStats st = counts;
        for (int p = from; p < to; p++) {
            if (!log.loggedIn[p]) continue;
            int w = log.worker[p];
            int k = ws.country[w];
            double pressure = ws.pressure[w];
            int band = MarketStats.band(pressure);
            int bin = st.bin(pressure);
            ws.lastLoginDay[w] = day;
            for (int e = p * log.stride, end = e + log.count[p]; e < end; e++) {
                st.unpaidSearchMinutes += search;
                st.offersShown++;
                st.dayOffersShown++;
                byte kind = log.kind[e];
                if (kind == VisitLog.SHOWN) continue;
                Campaign c = offers.campaign(k, log.slot[e]);
                int cat = c.category.ordinal();
                int i = k * C + cat;
                int ti = c.type().ordinal() * C + cat;
                int cb = (k * MarketStats.BANDS + band) * C + cat;
                st.offersEvaluated++;
                st.dayOffersEvaluated++;
                st.offers[i]++;
                st.typeOffers[ti]++;
                st.bandOffers[band * C + cat]++;
                st.countryBandOffers[cb]++;
                st.binOffers[bin * C + cat]++;
                st.expectedAccepted[i] += log.probability[e];
                st.expectedAcceptedUnpressured[i] += log.unpressured[e];
                if (kind == VisitLog.DECLINED) continue;
                st.accepted[i]++;
                st.typeAccepted[ti]++;
                st.dayAccepted[cat]++;
                st.bandAccepted[band * C + cat]++;
                st.countryBandAccepted[cb]++;
                st.binAccepted[bin * C + cat]++;
                // Under an auction the price that matters is the worker's bid, not the reserve.
                double agreed = auction ? log.cents[e] / 100.0 : c.price[k];
                st.acceptedPriceSum[i] += agreed;
                st.dayPriceSum[cat] += agreed;
                if (kind == VisitLog.ACCEPTED) continue;
                st.unpaidQualificationMinutes += c.qualificationMinutes;
                st.qualificationAttempts[i]++;
                st.dayQualificationAttempts++;
                if (kind == VisitLog.FAILED) {
                    st.qualificationFailures[i]++;
                    st.dayQualificationFailures++;
                }
            }
            double unpaid = log.unpaid[p];
            ws.unpaidMinutes[w] += unpaid;
            st.dayUnpaidMinutes += unpaid;
            ws.recentHours[w] += (unpaid + log.worked[p]) / 60.0;
            ws.choiceFlags[w] |= log.flags[p];
        }
    }
}
