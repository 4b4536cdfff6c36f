package org.kempelen.model;

import java.util.Arrays;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.PlatformParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 4, platform by platform: auctions are awarded; submitted work whose approval delay has
 * passed is reviewed (rejected with probability difficulty x the worker's error rate, which
 * experience lowers, docs/ODD.md 7.4.2; scams never pay);
 * approved pay enters the balance; balances at or above the threshold are paid out on payout
 * days; balances of workers inactive too long are forfeited. With several platforms, what each
 * country's workers earned per hour on each then updates what they expect (docs/ODD.md 7.10).
 */
final class ReviewPayPhase implements Steppable {
    private static final int C = DataCategory.COUNT;

    private final MarketModel m;
    /** Per day, what remains of the expected earnings' sums (7.10). */
    private final double decay;

    ReviewPayPhase(MarketModel m) {
        this.m = m;
        this.decay = Math.exp(-1 / m.scenario.multiHoming().earningsMemoryDays());
    }

    @Override
    public void step(SimState state) {
        int day = m.day();
        for (Platform on : m.platforms) {
            if (on.pricing.workersBid()) {
                for (Campaign c : m.open) if (c.platform == on) award(c, day);
            }
            release(on, day);
            payOrForfeit(on, day);
        }
        // Read by multi-homing workers (7.10) and by entry (7.7).
        learnEarnings();
    }

    /** On payout days balances are paid out; balances of workers who have not logged in to the platform for too long are forfeited. */
    private void payOrForfeit(Platform on, int day) {
        PlatformParams platform = on.params;
        boolean payoutDay = Math.floorMod(day + 1, platform.payout().intervalDays()) == 0;
        int forfeitDays = platform.inactivityForfeitDays();
        if (!payoutDay && forfeitDays == 0) return;
        Workers ws = m.workers;
        int n = ws.platforms;
        for (int i = 0; i < ws.activeCount; i++) {
            int w = ws.activeIds[i];
            int at = w * n + on.index;
            if (ws.balanceCents[at] <= 0) continue;
            if (forfeitDays > 0 && day - ws.lastLoginDay[at] >= forfeitDays) {
                on.forfeit(ws, w);
            } else if (payoutDay) {
                on.payOut(ws, w, m.stats);
            }
        }
    }

    /** Each country's expected hourly earnings on each platform take in today's pay and hours (decaying sums, 7.10). */
    private void learnEarnings() {
        PlatformCounts today = m.stats.byPlatform;
        for (Platform on : m.platforms) {
            for (int k = 0; k < on.recentPay.length; k++) {
                on.recentPay[k] = decay * on.recentPay[k] + today.dayPay[today.pk(on.index, k)];
                on.recentHours[k] = decay * on.recentHours[k] + today.dayHours[today.pk(on.index, k)];
            }
        }
    }

    /** Lowest bids first, each winner paid its bid, while quota and budget last. */
    private void award(Campaign c, int day) {
        if (c.bidCount == 0) return;
        Arrays.sort(c.bids, 0, c.bidCount);
        Workers ws = m.workers;
        for (int i = 0; i < c.bidCount; i++) {
            long bid = c.bids[i];
            int w = (int) (bid & 0xffffffffL);
            long cents = bid >>> 32;
            int k = ws.country[w];
            if (!ws.active[w] || c.remaining(k) <= 0 || c.hasContributed(w) && c.category.isPersonalData()) continue;
            if (c.legitimate && c.platform.grossCents(cents) > c.budgetLeftCents) continue;
            double minutes = m.experience.taskMinutes(ws, w, m.experience.progress(ws, w), c.taskMinutes);
            ws.recentHours[w] += minutes / 60.0;
            m.submit(w, c, k, cents, minutes, day);
        }
        c.clearBids();
    }

    private void release(Platform on, int day) {
        PendingWork p = on.pending;
        Workers ws = m.workers;
        MarketStats st = m.stats;
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
            boolean rejected = !c.legitimate || Draw.bernoulli(m.reviewRng, c.difficulty * m.experience.errorRate(ws, w, m.experience.progress(ws, w)));
            // A worker who has left is past removing: its late reviews count for nothing.
            if (ws.active[w] && c.requester.recordReview(w, !rejected)) {
                st.qualityKickouts[k * C + cat]++;
                st.dayQualityKickouts++;
            }
            // Hourly work is paid for the time given; its review only feeds the quality check.
            if (rejected && !(c.legitimate && c.paidByTime)) {
                if (c.legitimate) c.budgetLeftCents += on.grossCents(cents);
                ws.unpaidMinutes[w] += minutes;
                st.dayUnpaidMinutes += minutes;
                byPlatform.unpaid(on.index, k, minutes);
                if (c.legitimate) st.unpaidRejectedMinutes += minutes;
                else st.unpaidScamMinutes += minutes;
                continue;
            }
            long gross = on.grossCents(cents);
            long net = on.netCents(cents);
            long commission = gross - net;
            Ledger l = on.ledger;
            l.requesterPaidCents += gross;
            l.commissionCents += commission;
            l.balancesCents += net;
            ws.balanceCents[w * platforms + on.index] += net;
            ws.earnedCents[w] += net;
            ws.paidMinutes[w] += minutes;
            ws.recentPay[w] += net / 100.0;
            st.dayPaidMinutes += minutes;
            st.itemsApproved[k * C + cat]++;
            st.workerPayCents[k * C + cat] += net;
            st.requesterCostCents[k * C + cat] += gross;
            c.spentCents[k] += gross;
            byPlatform.approved(on.index, k, cat, net, gross, minutes);
            // A worker who has left settled its balances then: a late approval is settled on its own.
            if (!ws.active[w]) {
                on.payOut(ws, w, st);
                on.forfeit(ws, w);
            }
        }
    }
}
