package org.kempelen.model;

import java.util.Arrays;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.PlatformParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 4: auctions are awarded; submitted work whose approval delay has passed is reviewed
 * (rejected with probability difficulty x (1 - skill); scams never pay); approved pay enters
 * the balance; balances at or above the threshold are paid out on payout days; balances of
 * workers inactive too long are forfeited.
 */
final class ReviewPayPhase implements Steppable {
    private static final int C = DataCategory.COUNT;

    private final MarketModel m;
    private final PlatformParams platform;

    ReviewPayPhase(MarketModel m) {
        this.m = m;
        this.platform = m.scenario.platform();
    }

    @Override
    public void step(SimState state) {
        int day = m.day();
        if (m.pricing.workersBid()) {
            for (Campaign c : m.open) award(c, day);
        }
        release(day);
        boolean payoutDay = Math.floorMod(day + 1, platform.payout().intervalDays()) == 0;
        int forfeitDays = platform.inactivityForfeitDays();
        if (!payoutDay && forfeitDays == 0) return;
        Workers ws = m.workers;
        for (int i = 0; i < ws.activeCount; i++) {
            int w = ws.activeIds[i];
            if (ws.balanceCents[w] <= 0) continue;
            if (forfeitDays > 0 && day - ws.lastLoginDay[w] >= forfeitDays) {
                m.forfeit(w);
            } else if (payoutDay) {
                m.payOut(w);
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
            if (c.legitimate && m.grossCents(cents) > c.budgetLeftCents) continue;
            ws.recentHours[w] += c.taskMinutes / 60.0;
            m.submit(w, c, k, cents, day);
        }
        c.clearBids();
    }

    private void release(int day) {
        PendingWork p = m.pending;
        Workers ws = m.workers;
        MarketStats st = m.stats;
        while (p.headDue(day)) {
            int w = p.headWorker();
            Campaign c = p.headCampaign();
            long cents = p.headPriceCents();
            int k = p.headCountry();
            int cat = c.category.ordinal();
            p.pop();
            boolean rejected = !c.legitimate || Draw.bernoulli(m.reviewRng, c.difficulty * (1 - ws.skill[w]));
            // A worker who has left is past removing: its late reviews count for nothing.
            if (ws.active[w] && c.requester.recordReview(w, !rejected)) {
                st.qualityKickouts[k * C + cat]++;
                st.dayQualityKickouts++;
            }
            // Hourly work is paid for the time given; its review only feeds the quality check.
            if (rejected && !(c.legitimate && c.paidByTime)) {
                if (c.legitimate) c.budgetLeftCents += m.grossCents(cents);
                ws.unpaidMinutes[w] += c.taskMinutes;
                st.dayUnpaidMinutes += c.taskMinutes;
                if (c.legitimate) st.unpaidRejectedMinutes += c.taskMinutes;
                else st.unpaidScamMinutes += c.taskMinutes;
                continue;
            }
            long gross = m.grossCents(cents);
            long net = m.netCents(cents);
            long commission = gross - net;
            Ledger l = m.ledger;
            l.requesterPaidCents += gross;
            l.commissionCents += commission;
            l.balancesCents += net;
            ws.balanceCents[w] += net;
            ws.earnedCents[w] += net;
            ws.paidMinutes[w] += c.taskMinutes;
            ws.recentPay[w] += net / 100.0;
            st.dayPaidMinutes += c.taskMinutes;
            st.itemsApproved[k * C + cat]++;
            st.workerPayCents[k * C + cat] += net;
            st.requesterCostCents[k * C + cat] += gross;
            c.spentCents[k] += gross;
            if (!ws.active[w]) m.settle(w);
        }
    }
}
