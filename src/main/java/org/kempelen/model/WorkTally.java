package org.kempelen.model;

import org.kempelen.scenario.DataCategory;

/**
 * The counts of one block of a work round's positions, and what a committed visit leaves on its
 * worker (last login, unpaid minutes, recent hours, choice flags) and, for each item it handed
 * in, what {@link MarketModel#handIn} leaves, its place in the block's review queues
 * ({@link PendingWork#queue}), and whether and when the item is misused, drawn from the worker's
 * own substream for the day (so the same on any number of threads). A block's
 * visits are folded in by whichever thread takes the block, in position order; tallies are
 * drained into the run's {@link MarketStats} in block order at the end of the day, and their
 * misuse into the calendar in block order after every round, so every sum and the calendar's
 * order are the same whatever the number of threads.
 */
final class WorkTally {
    private static final int C = DataCategory.COUNT;

    private final MarketModel m;
    /** The work block whose positions this tally folds. */
    private final int block;
    /** Per platform: its offer index and unpaid minutes per offer shown. */
    private final OfferIndex[] offers;
    private final double[] search;
    /** Per platform: whether an accepted offer is handed in at once (false: it is a bid, awarded at review). */
    private final boolean[] handsIn;
    private final SplitMixRandom misuseRng = new SplitMixRandom();
    /** Misuse of the items folded since the last drain: (day, worker, campaign). */
    private final IntList misuseDay = new IntList(16);
    private final IntList misuseWorker = new IntList(16);
    private Campaign[] misuseCampaign = new Campaign[16];
    /** The counts; only the fields the work phase adds to are used ({@link MarketStats#drainWork}). */
    final MarketStats counts;

    WorkTally(MarketModel m, OfferIndex[] offers, int block) {
        this.m = m;
        this.block = block;
        this.offers = offers;
        this.search = new double[m.platforms.length];
        this.handsIn = new boolean[m.platforms.length];
        for (Platform p : m.platforms) {
            search[p.index] = p.params.searchMinutesPerOffer();
            handsIn[p.index] = !p.pricing.workersBid();
        }
        this.counts = new MarketStats(m.countries.count, m.scenario.analysis().regressionBins(), m.platforms.length);
    }

    /** Folds the committed visits at positions {@code from} to {@code to - 1} of the log. */
    void fold(VisitLog log, int from, int to, int day) {
        Workers ws = m.workers;
        MarketStats st = counts;
        PlatformCounts byPlatform = st.byPlatform;
        int platforms = ws.platforms;
        for (int p = from; p < to; p++) {
            if (!log.loggedIn[p]) continue;
            int w = log.worker[p];
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
            ws.lastLoginDay[w * platforms + on] = day;
            double unpaid = log.unpaid[p];
            ws.unpaidMinutes[w] += unpaid;
            st.dayUnpaidMinutes += unpaid;
            double hours = (unpaid + log.worked[p]) / 60.0;
            ws.recentHours[w] += hours;
            byPlatform.visit(on, k, unpaid, hours);
            ws.choiceFlags[w] |= log.flags[p];
            if (handsIn[on]) handIn(log, p, w, k, day);
        }
    }

    /** The items position p handed in: what they leave on the worker and in the counts, and their misuse. */
    private void handIn(VisitLog log, int p, int w, int k, int day) {
        OfferIndex on = offers[log.platform[p]];
        boolean seeded = false;
        for (int e = p * log.stride, end = e + log.count[p]; e < end; e++) {
            byte kind = log.kind[e];
            if (kind != VisitLog.ACCEPTED && kind != VisitLog.PASSED) continue;
            Campaign c = on.campaign(k, log.slot[e]);
            c.platform.awaitReview(block, w, c, log.cents[e], day, k, log.minutes[e]);
            m.handIn(w, c, k, counts);
            if (!c.category.isPersonalData()) continue;
            if (!seeded) {
                misuseRng.seed(RandomStreams.substream(m.misuseSeed, day, w));
                seeded = true;
            }
            if (Draw.bernoulli(misuseRng, c.misuseProbability)) queueMisuse(day + 1 + misuseRng.nextInt(c.heldDays(day)), w, c);
        }
    }

    private void queueMisuse(int day, int w, Campaign c) {
        int n = misuseDay.size;
        if (n == misuseCampaign.length) misuseCampaign = java.util.Arrays.copyOf(misuseCampaign, 2 * n);
        misuseDay.add(day);
        misuseWorker.add(w);
        misuseCampaign[n] = c;
    }

    /** Moves the misuse folded since the last call into the calendar, in fold order. */
    void drainMisuse(MisuseCalendar calendar) {
        for (int i = 0, n = misuseDay.size; i < n; i++) {
            calendar.add(misuseDay.get(i), misuseWorker.get(i), misuseCampaign[i]);
            misuseCampaign[i] = null;
        }
        misuseDay.clear();
        misuseWorker.clear();
    }
}
