package org.kempelen.model;

import java.util.Arrays;
import org.kempelen.scenario.DataCategory;

/**
 * The review and pay of one group of workers ({@link PendingWork#group}) on one platform, run in
 * parallel with the other groups (docs/ODD.md 7.5, 9). Each group touches only its own
 * workers; what review changes elsewhere is kept aside: counts and ledger flows in this group's
 * tally, drained in group order; what a review leaves on its campaign and on its requester's
 * quality check in an outbox split by requester, settled afterwards in parallel by requester part
 * ({@link #settle}), each part reading the groups' outboxes in group order (on one thread there is
 * no outbox: they are made at once, with the same result). Whether a task is
 * rejected is drawn from the group's own substream for the day, in the queue's order, so the
 * results are the same on any number of threads.
 */
final class ReviewGroup {
    /** Requester parts settled in parallel: as many as groups, part j counting its kick-outs in group j's tally. */
    static final int PARTS = PendingWork.GROUPS;
    private static final int C = DataCategory.COUNT;
    /** The review's verdict, for the quality check. */
    private static final byte APPROVED = 1;
    /** A rejected task of a legitimate campaign paid per task: its cost goes back to the budget. */
    private static final byte REFUND = 2;
    /** A task paid (approved, or hourly work whatever its review): its cost counts as the campaign's spending. */
    private static final byte SPENT = 4;

    private final MarketModel m;
    private final int group;
    private final SplitMixRandom rng = new SplitMixRandom();
    /** Counts (only the fields {@link MarketStats#drainReview} adds) and the platform's ledger flows, since the last drain. */
    final MarketStats counts;
    final Ledger ledger = new Ledger();
    private final Outbox[] outbox = new Outbox[PARTS];
    /**
     * On one thread a review's effects on its campaign and requester are made at once, not kept
     * for the settling pass: the same result, as the sums are of whole cents and counts, and a
     * requester still sees each worker's reviews in the order they were made.
     */
    private final boolean atOnce;

    ReviewGroup(MarketModel m, int group) {
        this.m = m;
        this.group = group;
        this.atOnce = m.threads == 1;
        this.counts = new MarketStats(m.countries.count, m.scenario.analysis().regressionBins(), m.platforms.length);
        for (int j = 0; j < PARTS; j++) outbox[j] = new Outbox();
    }

    /** Reviews this group's tasks on platform {@code on} due by {@code day}, then pays out or forfeits its workers' balances there. */
    void review(Platform on, int day, boolean payoutDay, int forfeitDays) {
        release(on, day);
        if (payoutDay || forfeitDays > 0) payOrForfeit(on, day, payoutDay, forfeitDays);
    }

    /** The group's queues, in block order. */
    private void release(Platform on, int day) {
        boolean seeded = false;
        for (int b = 0; b < WorkPhase.BLOCKS; b++) {
            PendingWork p = on.pending[PendingWork.groupQueue(b, group)];
            if (!p.headDue(day)) continue;
            if (!seeded) {
                rng.seed(RandomStreams.substream(m.reviewSeed, day, (long) on.index * PendingWork.GROUPS + group));
                seeded = true;
            }
            release(on, p, day);
        }
    }

    private void release(Platform on, PendingWork p, int day) {
        Workers ws = m.workers;
        MarketStats st = counts;
        PlatformCounts byPlatform = st.byPlatform;
        int platforms = ws.platforms;
        while (p.headDue(day)) {
            int w = p.headWorker();
            Campaign c = p.headCampaign();
            long cents = p.headPriceCents();
            int k = p.headCountry();
            double minutes = p.headMinutes();
            int cat = c.category.ordinal();
            p.pop();
            boolean rejected = !c.legitimate || Draw.bernoulli(rng, c.difficulty * m.experience.errorRate(ws, w, m.experience.progress(ws, w)));
            long gross = on.grossCents(cents);
            // Hourly work is paid for the time given; its review only feeds the quality check.
            if (rejected && !(c.legitimate && c.paidByTime)) {
                leave(c, w, k, c.legitimate ? REFUND : 0, gross);
                ws.unpaidMinutes[w] += minutes;
                st.dayUnpaidMinutes += minutes;
                byPlatform.unpaid(on.index, k, minutes);
                if (c.legitimate) st.unpaidRejectedMinutes += minutes;
                else st.unpaidScamMinutes += minutes;
                continue;
            }
            leave(c, w, k, (byte) (rejected ? SPENT : SPENT | APPROVED), gross);
            long net = on.netCents(cents);
            ledger.requesterPaidCents += gross;
            ledger.commissionCents += gross - net;
            ledger.balancesCents += net;
            ws.balanceCents[w * platforms + on.index] += net;
            ws.earnedCents[w] += net;
            ws.paidMinutes[w] += minutes;
            ws.recentPay[w] += net / 100.0;
            st.dayPaidMinutes += minutes;
            st.itemsApproved[k * C + cat]++;
            st.workerPayCents[k * C + cat] += net;
            st.requesterCostCents[k * C + cat] += gross;
            byPlatform.approved(on.index, k, cat, net, gross, minutes);
            // A worker who has left settled its balances then: a late approval is settled on its own.
            if (!ws.active[w]) {
                on.payOut(ws, w, ledger, st);
                on.forfeit(ws, w, ledger);
            }
        }
    }

    /** What a review leaves on campaign c and its requester: made now on one thread, else kept for {@link #settle}. */
    private void leave(Campaign c, int w, int k, byte flags, long gross) {
        if (atOnce) settle(c, w, k, flags, gross, m.workers, counts);
        else outbox[c.requester.id % PARTS].add(c, w, k, flags, gross);
    }

    private static void settle(Campaign c, int w, int k, byte flags, long gross, Workers ws, MarketStats kickouts) {
        if ((flags & REFUND) != 0) c.budgetLeftCents += gross;
        if ((flags & SPENT) != 0) c.spentCents[k] += gross;
        // A worker who has left is past removing: its late reviews count for nothing. (Most requesters check
        // nothing: asked first, so their reviews do not read the worker.)
        if (c.requester.checksQuality() && ws.active[w] && c.requester.recordReview(w, (flags & APPROVED) != 0)) {
            kickouts.qualityKickouts[k * C + c.category.ordinal()]++;
            kickouts.dayQualityKickouts++;
        }
    }

    /**
     * On payout days balances are paid out; balances of workers who have not logged in to the
     * platform for too long are forfeited. The group's active workers are visited by id, run by
     * run; the order does not matter, as only whole cents are added up.
     */
    private void payOrForfeit(Platform on, int day, boolean payoutDay, int forfeitDays) {
        Workers ws = m.workers;
        int n = ws.platforms;
        for (int run = group * PendingWork.RUN; run < ws.size; run += PendingWork.GROUPS * PendingWork.RUN) {
            for (int w = run, end = Math.min(run + PendingWork.RUN, ws.size); w < end; w++) {
                if (!ws.active[w]) continue;
                int at = w * n + on.index;
                if (ws.balanceCents[at] <= 0) continue;
                if (forfeitDays > 0 && day - ws.lastLoginDay[at] >= forfeitDays) {
                    on.forfeit(ws, w, ledger);
                } else if (payoutDay) {
                    on.payOut(ws, w, ledger, counts);
                }
            }
        }
    }

    /**
     * What this group's reviews left for requester part j: budgets refunded, spending, the quality
     * checks (kick-outs counted in {@code kickouts}). A worker is in one group, so its reviews
     * reach each requester in the order they were made.
     */
    void settle(int j, MarketStats kickouts) {
        outbox[j].settle(m.workers, kickouts);
    }

    /** Adds the counts and ledger flows into the run's, and zeroes them. */
    void drain(MarketStats into, Ledger platformLedger) {
        into.drainReview(counts);
        platformLedger.add(ledger);
        ledger.clear();
    }

    /** Reviews bound for one requester part, in review order. */
    private static final class Outbox {
        private Campaign[] campaign = new Campaign[64];
        private int[] worker = new int[64];
        private short[] country = new short[64];
        private byte[] flags = new byte[64];
        private long[] gross = new long[64];
        private int size;

        void add(Campaign c, int w, int k, byte f, long cents) {
            if (size == worker.length) {
                int n = 2 * size;
                campaign = Arrays.copyOf(campaign, n);
                worker = Arrays.copyOf(worker, n);
                country = Arrays.copyOf(country, n);
                flags = Arrays.copyOf(flags, n);
                gross = Arrays.copyOf(gross, n);
            }
            campaign[size] = c;
            worker[size] = w;
            country[size] = (short) k;
            flags[size] = f;
            gross[size] = cents;
            size++;
        }

        void settle(Workers ws, MarketStats kickouts) {
            for (int i = 0; i < size; i++) {
                ReviewGroup.settle(campaign[i], worker[i], country[i], flags[i], gross[i], ws, kickouts);
                campaign[i] = null;
            }
            size = 0;
        }
    }
}
