package org.kempelen.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 3: in a random order, workers log in, are shown offers and accept some (decided by
 * {@link Visit}). The result is that of taking the workers one after another, each seeing the
 * market as the workers before it left it, but the decisions are made in parallel:
 * <ol>
 * <li>The day's order is cut into rounds of {@link #ROUND} workers. All workers of a round decide
 * at once against the market as it was when the round began, each on the thread that owns it
 * ({@link WorkCrew#owner}), into that thread's log; each worker draws from its own stream for the
 * day.</li>
 * <li>The round is committed in order, on one thread: a worker whose decisions still hold (every
 * offer it was shown is still open) has its claims on quotas and budgets made; a worker shown an
 * offer that an earlier worker of the round closed decides again, now, against the market as it
 * is, with the same random numbers, which is exactly what it would have done in turn. Only what
 * later decisions read is done here (qualifications, claims, closing slots), and the item's
 * contributor joins its campaign's set: the set is read by the deciding threads, so it may not
 * change while they run (a sorted array shifting under a binary search).</li>
 * <li>Slots that closed leave the day's offer index at the end of the round.</li>
 * <li>While the next round decides (into the other pair of logs), the committed round is folded:
 * each owner folds what its workers' visits leave on them, with their items' misuse drawn from
 * the worker's own substream ({@link WorkerEffects}), and the round's {@link #BLOCKS} blocks of
 * {@link #BLOCK} positions are counted ({@link WorkTally}): nothing the deciding workers read.</li>
 * </ol>
 * Counts are folded into per-block tallies and added up in block order, misuse enters the
 * calendar in position order after every round, so a run's outputs are the same bytes for any
 * number of threads (docs/ARCHITECTURE.md). Allocates nothing per worker or offer.
 */
final class WorkPhase implements Steppable, WorkCrew.Job {
    /** Positions per block and blocks per round: fixed, so that results do not depend on the threads. */
    static final int BLOCK = 128;
    static final int BLOCKS = 8;
    static final int ROUND = BLOCK * BLOCKS;

    private final MarketModel m;
    private final int threads;
    /** Per platform, its offer index. */
    private final OfferIndex[] offers;
    /** Per thread: its way of deciding and of folding what a visit leaves on its worker. */
    private final Visit[] visits;
    private final WorkerEffects[] effects;
    private final WorkTally[] tallies = new WorkTally[BLOCKS];
    /**
     * Two rounds' logs, the one being decided and the one being folded, each one log per thread:
     * a thread writes only its own, so no two cores write one cache line.
     */
    private final VisitLog[][] logs;
    /** Per round (same two), for each position: the thread whose log holds it and its index there. */
    private final int[][] threadAt = new int[2][ROUND];
    private final int[][] indexAt = new int[2][ROUND];
    /** Per round (same two) and thread: the positions in its log, in order, and how many. */
    private final int[][][] positionsOf;
    private final int[][] sizeOf;
    /** Today's weight of each platform for a worker of each country: exp(beta x expected hourly earnings) (docs/ODD.md 7.10). */
    private final double[] platformWeights;
    private int[] order = new int[0];
    private int day;
    /** First position in the day's order of the round being decided, and its size. */
    private int roundStart;
    private int roundSize;
    /** Which of the two is the round being decided; the other, if {@link #unfolded} > 0, is folded. */
    private int deciding;
    /** Size of the committed round not yet folded (0: none). */
    private int unfolded;

    WorkPhase(MarketModel m) {
        this.m = m;
        int n = m.platforms.length;
        this.offers = new OfferIndex[n];
        for (int p = 0; p < n; p++) offers[p] = new OfferIndex(m.countries.count);
        this.platformWeights = new double[m.countries.count * n];
        this.threads = m.crew.threads;
        this.visits = new Visit[threads];
        this.effects = new WorkerEffects[threads];
        for (int t = 0; t < threads; t++) {
            visits[t] = new Visit(m, offers, platformWeights);
            effects[t] = new WorkerEffects(m, offers);
        }
        for (int b = 0; b < BLOCKS; b++) tallies[b] = new WorkTally(m, offers);
        int stride = 1;
        for (Platform p : m.platforms) stride = Math.max(stride, p.params.offersPerLogin());
        this.logs = new VisitLog[2][threads];
        this.positionsOf = new int[2][threads][ROUND];
        this.sizeOf = new int[2][threads];
        for (int r = 0; r < 2; r++) for (int t = 0; t < threads; t++) logs[r][t] = new VisitLog(ROUND, stride);
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
            assignToOwners();
            m.crew.run(this, Math.max(BLOCKS, threads));
            drainMisuse();
            commit();
            unfolded = roundSize;
            deciding = 1 - deciding;
            for (OfferIndex o : offers) o.rebuildClosed();
        }
        roundSize = 0;
        m.crew.run(this, Math.max(BLOCKS, threads));
        drainMisuse();
        unfolded = 0;
        for (WorkTally t : tallies) m.stats.drainWork(t.counts);
    }

    /** Gives each position of the round to its worker's owner: the thread's log and the index in it. */
    private void assignToOwners() {
        int r = deciding;
        int[] sizes = sizeOf[r];
        java.util.Arrays.fill(sizes, 0);
        for (int p = 0; p < roundSize; p++) {
            int t = m.crew.owner(order[roundStart + p]);
            int i = sizes[t]++;
            threadAt[r][p] = t;
            indexAt[r][p] = i;
            positionsOf[r][t][i] = p;
        }
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

    /** Moves the folded round's misuse into the calendar in position order. */
    private void drainMisuse() {
        int r = 1 - deciding;
        for (int p = 0; p < unfolded; p++) effects[0].drainMisuse(logs[r][threadAt[r][p]], indexAt[r][p]);
    }

    /**
     * Task b: on the thread that runs it, fold what the committed round's visits of its own
     * workers leave on them and decide this round's (task b below the thread count); fold block
     * b's counts (b below {@link #BLOCKS}).
     */
    @Override
    public void run(int b, int thread) {
        int folded = 1 - deciding;
        if (b < threads && unfolded > 0) {
            VisitLog own = logs[folded][thread];
            WorkerEffects fx = effects[thread];
            for (int i = 0, n = sizeOf[folded][thread]; i < n; i++) fx.fold(own, i, day);
        }
        if (b < BLOCKS) {
            WorkTally tally = tallies[b];
            for (int p = b * BLOCK, end = Math.min(p + BLOCK, unfolded); p < end; p++) {
                tally.fold(logs[folded][threadAt[folded][p]], indexAt[folded][p]);
            }
        }
        if (b < threads) {
            VisitLog own = logs[deciding][thread];
            int[] positions = positionsOf[deciding][thread];
            Visit v = visits[thread];
            for (int i = 0, n = roundSize == 0 ? 0 : sizeOf[deciding][thread]; i < n; i++) v.decide(order[roundStart + positions[i]], day, own, i);
        }
    }

    /** Commits the round's visits in order: re-decides those shown an offer that has closed since, then claims. */
    private void commit() {
        int r = deciding;
        for (int p = 0; p < roundSize; p++) {
            VisitLog log = logs[r][threadAt[r][p]];
            int i = indexAt[r][p];
            if (!log.loggedIn[i]) continue;
            int w = log.worker[i];
            int k = log.country[i];
            if (!stillHolds(log, i, k)) {
                visits[0].decide(w, day, log, i);
            }
            OfferIndex on = offers[log.platform[i]];
            boolean auction = m.platforms[log.platform[i]].pricing.workersBid();
            for (int e = i * log.stride, end = e + log.count[i]; e < end; e++) {
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
                    m.claim(w, c, k, log.cents[e], log.minutes[e], day);
                    if (c.category.isPersonalData()) c.addContributor(w);
                    on.close(c, k);
                }
            }
        }
    }

    /** Whether every offer the visit at index i of {@code log} was shown is still open: then its decisions are those it would make now. */
    private boolean stillHolds(VisitLog log, int i, int k) {
        OfferIndex on = offers[log.platform[i]];
        for (int e = i * log.stride, end = e + log.count[i]; e < end; e++) {
            if (on.weight(k, log.slot[e]) == 0) return false;
        }
        return true;
    }
}
