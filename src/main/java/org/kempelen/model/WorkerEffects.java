package org.kempelen.model;

/**
 * What a committed visit leaves on its worker (last login, unpaid minutes, recent hours, choice
 * flags) and, for each item it handed in, on the worker (tasks done, exposures) and whether and
 * when the item is misused, drawn from the worker's own substream for the day, so the same on any
 * number of threads. One per thread; a visit is folded by its worker's owner
 * ({@link WorkCrew#owner}), which decided it, so the worker's data stays in that core's cache.
 * The misuse day goes into the log, for the calendar to take in position order
 * ({@link WorkPhase}); the counts are folded by block ({@link WorkTally}).
 */
final class WorkerEffects {
    private final MarketModel m;
    private final OfferIndex[] offers;
    /** Per platform: whether an accepted offer is handed in at once (false: it is a bid, awarded at review). */
    private final boolean[] handsIn;
    private final SplitMixRandom misuseRng = new SplitMixRandom();

    WorkerEffects(MarketModel m, OfferIndex[] offers) {
        this.m = m;
        this.offers = offers;
        this.handsIn = new boolean[m.platforms.length];
        for (Platform p : m.platforms) handsIn[p.index] = !p.pricing.workersBid();
    }

    /** Folds the committed visit at index p of {@code log} into its worker. */
    void fold(VisitLog log, int p, int day) {
        if (!log.loggedIn[p]) return;
        Workers ws = m.workers;
        int w = log.worker[p];
        int on = log.platform[p];
        ws.lastLoginDay[w * ws.platforms + on] = day;
        double unpaid = log.unpaid[p];
        ws.unpaidMinutes[w] += unpaid;
        ws.recentHours[w] += (unpaid + log.worked[p]) / 60.0;
        ws.choiceFlags[w] |= log.flags[p];
        if (handsIn[on]) handIn(log, p, w, day);
    }

    /** The items position p handed in: what they leave on the worker, and their misuse. */
    private void handIn(VisitLog log, int p, int w, int day) {
        OfferIndex on = offers[log.platform[p]];
        int k = log.country[p];
        boolean seeded = false;
        for (int e = p * log.stride, end = e + log.count[p]; e < end; e++) {
            byte kind = log.kind[e];
            if (kind != VisitLog.ACCEPTED && kind != VisitLog.PASSED) continue;
            Campaign c = on.campaign(k, log.slot[e]);
            m.handInWorker(w, c);
            log.misuseDay[e] = VisitLog.NOT_MISUSED;
            if (!c.category.isPersonalData()) continue;
            if (!seeded) {
                misuseRng.seed(RandomStreams.substream(m.misuseSeed, day, w));
                seeded = true;
            }
            if (Draw.bernoulli(misuseRng, c.misuseProbability)) log.misuseDay[e] = day + 1 + misuseRng.nextInt(c.heldDays(day));
        }
    }

    /** Moves the misuse of the visit at index p of a folded log into the calendar, in entry order. */
    void drainMisuse(VisitLog log, int p) {
        if (!log.loggedIn[p] || !handsIn[log.platform[p]]) return;
        OfferIndex on = offers[log.platform[p]];
        int k = log.country[p];
        for (int e = p * log.stride, end = e + log.count[p]; e < end; e++) {
            byte kind = log.kind[e];
            if ((kind == VisitLog.ACCEPTED || kind == VisitLog.PASSED) && log.misuseDay[e] != VisitLog.NOT_MISUSED) {
                m.misuse.add(log.misuseDay[e], log.worker[p], on.campaign(k, log.slot[e]));
            }
        }
    }
}
