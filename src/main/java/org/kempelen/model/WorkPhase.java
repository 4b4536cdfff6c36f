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
 * is, with the same random numbers, which is exactly what it would have done in turn. Only what
 * later decisions read is done here: qualifications, claims, closing slots.</li>
 * <li>The round's contributors join their campaigns' sets, in parallel by campaign
 * ({@link ContributorQueue}), before the next round decides: the deciding threads read those
 * sets (has this worker given an item already?), so a set may not change while they run (a
 * sorted array shifting under a binary search).</li>
 * <li>Slots that closed leave the day's offer index at the end of the round.</li>
 * <li>While the next round decides, each task also folds its block of the committed round
 * (counts, what a visit and its items leave on the worker, misuse drawn from the worker's own
 * substream, the items' places in the block's review queues): nothing the deciding workers
 * read.</li>
 * </ol>
 * Counts are folded into per-block tallies by the threads and added up in block order, misuse
 * enters the calendar in block order, so a run's outputs are the same bytes for any number of
 * threads (docs/ARCHITECTURE.md). Allocates nothing per worker or offer.
 */
final class WorkPhase implements Steppable, WorkCrew.Job {
    /** Workers per block and blocks per round: fixed, so that results do not depend on the threads. */
    static final int BLOCK = 128;
    static final int BLOCKS = 8;
    static final int ROUND = BLOCK * BLOCKS;

    private final MarketModel m;
    /** Per platform, its offer index. */
    private final OfferIndex[] offers;
    private final Visit[] visits;
    private final WorkTally[] tallies = new WorkTally[BLOCKS];
    private final VisitLog log;
    /** The committed round's contributors, added to their campaigns' sets between rounds, a part per task. */
    private final ContributorQueue contributors = new ContributorQueue(BLOCKS);
    private final WorkCrew.Job addContributors = (part, thread) -> contributors.addToCampaigns(part);
    /** Today's weight of each platform for a worker of each country: exp(beta x expected hourly earnings) (docs/ODD.md 7.10). */
    private final double[] platformWeights;
    private int[] order = new int[0];
    private int day;
    /** First position in the day's order of the round being decided, and its size. */
    private int roundStart;
    private int roundSize;
    /** Size of the committed round not yet folded into the tallies (0: none). */
    private int unfolded;

    WorkPhase(MarketModel m) {
        this.m = m;
        int n = m.platforms.length;
        this.offers = new OfferIndex[n];
        for (int p = 0; p < n; p++) offers[p] = new OfferIndex(m.countries.count);
        this.platformWeights = new double[m.countries.count * n];
        int threads = m.crew.threads;
        this.visits = new Visit[threads];
        for (int t = 0; t < threads; t++) visits[t] = new Visit(m, offers, platformWeights);
        for (int b = 0; b < BLOCKS; b++) tallies[b] = new WorkTally(m, offers, b);
        int stride = 1;
        for (Platform p : m.platforms) stride = Math.max(stride, p.params.offersPerLogin());
        this.log = new VisitLog(ROUND, stride);
    }

    @Override
    public void step(SimState state) {
        day = m.day();
        for (Platform p : m.platforms) offers[p.index].build(m.open, p);
        if (m.platforms.length > 1) weighPlatforms();
        shuffle();
        int n = m.workers.activeCount;
        for (roundStart = 0; roundStart < n; roundStart += ROUND) {
            roundSize = Math.min(ROUND, n - roundStart);
            m.crew.run(this, BLOCKS);
            drainMisuse();
            commit();
            m.crew.run(addContributors, contributors.parts());
            unfolded = roundSize;
            for (OfferIndex o : offers) o.rebuildClosed();
        }
        roundSize = 0;
        m.crew.run(this, BLOCKS);
        drainMisuse();
        unfolded = 0;
        for (WorkTally t : tallies) m.stats.drainWork(t.counts);
    }

    /**
     * exp(beta x expected hourly earnings) per country and platform; a platform none of the
     * country's workers has worked on yet counts at the mean of those they have (docs/ODD.md 7.10).
     */
    private void weighPlatforms() {
        int n = m.platforms.length;
        double beta = m.scenario.multiHoming().earningsSensitivity();
        for (int k = 0; k < m.countries.count; k++) {
            double sum = 0;
            int known = 0;
            for (Platform p : m.platforms) {
                double e = p.expectedHourlyEarnings(k);
                if (!Double.isNaN(e)) {
                    sum += e;
                    known++;
                }
            }
            double unknown = known == 0 ? 0 : sum / known;
            // Relative to the best platform: the same shares, and no overflow at a high sensitivity.
            double best = Double.NEGATIVE_INFINITY;
            for (Platform p : m.platforms) best = Math.max(best, expected(p, k, unknown));
            for (Platform p : m.platforms) platformWeights[k * n + p.index] = Math.exp(beta * (expected(p, k, unknown) - best));
        }
    }

    private static double expected(Platform p, int k, double unknown) {
        double e = p.expectedHourlyEarnings(k);
        return Double.isNaN(e) ? unknown : e;
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

    private void drainMisuse() {
        for (WorkTally t : tallies) t.drainMisuse(m.misuse);
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
            int k = log.country[p];
            if (!stillHolds(p, k)) {
                visits[0].decide(log.worker[p], day, log, p);
            }
            if (log.accepted[p] == 0) continue;
            int w = log.worker[p];
            OfferIndex on = offers[log.platform[p]];
            boolean auction = m.platforms[log.platform[p]].pricing.workersBid();
            for (int e = p * log.stride, end = e + log.count[p]; e < end; e++) {
                byte kind = log.kind[e];
                if (!VisitLog.accepted(kind)) continue;
                Campaign c = on.campaign(k, log.slot[e]);
                Requester q = c.requester;
                if (kind == VisitLog.FAILED) {
                    q.failedQualification.add(w);
                    continue;
                }
                if (kind == VisitLog.PASSED) q.qualified.add(w);
                if (auction) {
                    c.addBid(log.cents[e], w);
                } else {
                    m.claim(c, k, log.cents[e]);
                    if (c.category.isPersonalData()) contributors.add(w, c);
                    on.close(c, k);
                }
            }
        }
    }

    /** Whether every offer position p was shown is still open: then its decisions are those it would make now. */
    private boolean stillHolds(int p, int k) {
        OfferIndex on = offers[log.platform[p]];
        // Nine in ten commits at 100,000 workers: none of the country's slots has closed yet this round.
        if (!on.closedSinceBuilt(k)) return true;
        for (int e = p * log.stride, end = e + log.count[p]; e < end; e++) {
            if (on.weight(k, log.slot[e]) == 0) return false;
        }
        return true;
    }
}
