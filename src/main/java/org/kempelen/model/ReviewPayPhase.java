package org.kempelen.model;

import java.util.Arrays;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 4, platform by platform: auctions are awarded; submitted work whose approval delay has
 * passed is reviewed (rejected with probability difficulty x the worker's error rate, which
 * experience lowers, docs/ODD.md 7.4.2; scams never pay);
 * approved pay enters the balance; balances at or above the threshold are paid out on payout
 * days; balances of workers inactive too long are forfeited. With several platforms, what each
 * country's workers earned per hour on each then updates what they expect (docs/ODD.md 7.10).
 * <p>Auctions are awarded on one thread. Review, pay and forfeiture run in parallel by worker
 * group ({@link ReviewGroup}), then what they left on campaigns and requesters' quality checks by
 * requester part; counts and ledger flows are added in group order.
 */
final class ReviewPayPhase implements Steppable {
    private final MarketModel m;
    /** Per day, what remains of the expected earnings' sums (7.10). */
    private final double decay;
    private final ReviewGroup[] groups = new ReviewGroup[PendingWork.GROUPS];
    /** The platform and day being reviewed, for the parallel passes. */
    private Platform platform;
    private int day;
    private boolean payoutDay;
    private int forfeitDays;
    private final WorkCrew.Job review = (g, thread) -> groups[g].review(platform, day, payoutDay, forfeitDays);
    private final WorkCrew.Job settle = (part, thread) -> {
        for (ReviewGroup g : groups) g.settle(part, groups[part].counts);
    };

    ReviewPayPhase(MarketModel m) {
        this.m = m;
        this.decay = Math.exp(-1 / m.scenario.multiHoming().earningsMemoryDays());
        for (int g = 0; g < groups.length; g++) groups[g] = new ReviewGroup(m, g);
    }

    @Override
    public void step(SimState state) {
        day = m.day();
        for (Platform on : m.platforms) {
            if (on.pricing.workersBid()) {
                for (Campaign c : m.open) if (c.platform == on) award(c, day);
            }
            platform = on;
            payoutDay = Math.floorMod(day + 1, on.params.payout().intervalDays()) == 0;
            forfeitDays = on.params.inactivityForfeitDays();
            m.crew.run(review, groups.length);
            m.crew.run(settle, ReviewGroup.PARTS);
            for (ReviewGroup g : groups) g.drain(m.stats, on.ledger);
        }
        platform = null;
        // Read by multi-homing workers (7.10) and by entry (7.7).
        learnEarnings();
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
}
