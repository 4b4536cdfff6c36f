package org.kempelen.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 3: in a random order, workers log in, are shown offers and accept some (decided by
 * {@link Visit}). The result is that of taking the workers one after another, each seeing the
 * market as the workers before it left it, but the decisions are made in parallel:
 * <ol>
 * <li>The day's order is cut into rounds of {@link #ROUND} workers, each in {@link #BLOCKS}
 * blocks. All workers of a round decide at once against the market as it was when the round
 * began (threads take blocks; each worker draws from its own stream for the day).</li>
 * <li>The round is committed in order, on one thread: a worker whose decisions still hold (every
 * offer it was shown is still open) has its claims on quotas and budgets made; a worker shown an
 * offer that an earlier worker of the round closed decides again, now, against the market as it
 * is, with the same random numbers, which is exactly what it would have done in turn.</li>
 * <li>Slots that closed leave the day's offer index at the end of the round.</li>
 * </ol>
 * Counts are folded into per-block tallies by the threads and added up in block order, so a
 * run's outputs are the same bytes for any number of threads (docs/ARCHITECTURE.md). Allocates
 * nothing per worker or offer.
 */
final class WorkPhase implements Steppable, WorkCrew.Job {
    /** Workers per block and blocks per round: fixed, so that results do not depend on the threads. */
    static final int BLOCK = 128;
    static final int BLOCKS = 8;
    static final int ROUND = BLOCK * BLOCKS;

    private final MarketModel m;
    private final OfferIndex offers;
    private final Visit[] visits;
    private final WorkTally[] tallies = new WorkTally[BLOCKS];
    private final VisitLog log;
    private final boolean auction;
    private int[] order = new int[0];
    private int day;
    /** First position in the day's order of the round being decided, and its size. */
    private int roundStart;
    private int roundSize;
    /** Size of the committed round not yet folded into the tallies (0: none). */
    private int unfolded;

    WorkPhase(MarketModel m) {
        this.m = m;
        this.offers = new OfferIndex(m.countries.count);
        int threads = m.crew.threads;
        this.visits = new Visit[threads];
        for (int t = 0; t < threads; t++) visits[t] = new Visit(m, offers);
        for (int b = 0; b < BLOCKS; b++) tallies[b] = new WorkTally(m, offers);
        this.log = new VisitLog(ROUND, m.scenario.platform().offersPerLogin());
        this.auction = m.pricing.workersBid();
    }

    @Override
    public void step(SimState state) {
        day = m.day();
        offers.build(m.open, m);
        shuffle();
        int n = m.workers.activeCount;
        for (roundStart = 0; roundStart < n; roundStart += ROUND) {
            roundSize = Math.min(ROUND, n - roundStart);
            m.crew.run(this, BLOCKS);
            commit();
            unfolded = roundSize;
            offers.rebuildClosed();
        }
        roundSize = 0;
        m.crew.run(this, BLOCKS);
        unfolded = 0;
        for (WorkTally t : tallies) m.stats.drainWork(t.counts);
    }

    /** The day's order of the active workers: a uniform shuffle from the choices stream. */
    private void shuffle() {
        Workers ws = m.workers;
        int n = ws.activeCount;
        if (order.length < n) order = new int[ws.capacity];
        System.arraycopy(ws.activeIds, 0, order, 0, n);
        ec.util.MersenneTwisterFast r = m.choiceRng;
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Block b: fold the last committed round's visits into its tally, then decide this round's. */
    @Override
    public void run(int b, int thread) {
        int from = b * BLOCK;
        tallies[b].fold(log, from, Math.min(from + BLOCK, unfolded), day);
        Visit v = visits[thread];
        for (int p = from, end = Math.min(from + BLOCK, roundSize); p < end; p++) v.decide(order[roundStart + p], day, log, p);
    }

    /** Commits the round's visits in order: re-decides those shown an offer that has closed since, then claims. */
    private void commit() {
        for (int p = 0; p < roundSize; p++) {
            if (!log.loggedIn[p]) continue;
            int w = log.worker[p];
            int k = log.country[p];
            if (!stillHolds(p, k)) {
                visits[0].decide(w, day, log, p);
            }
            for (int e = p * log.stride, end = e + log.count[p]; e < end; e++) {
                byte kind = log.kind[e];
                if (!VisitLog.accepted(kind)) continue;
                Campaign c = offers.campaign(k, log.slot[e]);
                Requester q = c.requester;
                if (kind == VisitLog.FAILED) {
                    q.failedQualification.add(w);
                    continue;
                }
                if (kind == VisitLog.PASSED) q.qualified.add(w);
                if (auction) {
                    c.addBid(log.cents[e], w);
                } else {
                    m.submit(w, c, k, log.cents[e], day);
                    offers.close(c, k);
                }
            }
        }
    }

    /** Whether every offer position p was shown is still open: then its decisions are those it would make now. */
    private boolean stillHolds(int p, int k) {
        for (int e = p * log.stride, end = e + log.count[p]; e < end; e++) {
            if (offers.weight(k, log.slot[e]) == 0) return false;
        }
        return true;
    }
}
