package org.kempelen.model;

import org.kempelen.scenario.CommissionMode;
import org.kempelen.scenario.PlatformParams;
import org.kempelen.scenario.Scenario;

/**
 * One platform of the market (docs/ODD.md 2.6, 7.10): its rules, its pricing rule, its money
 * (ledger, tasks awaiting its review) and what workers of each country expect to earn on it.
 * The money rules that are the platform's own (commission, payout, forfeiture) live here; a
 * worker's balance on it is {@code Workers.balanceCents[w * platforms + index]}.
 */
public final class Platform {
    public final int index;
    public final PlatformParams params;
    public final PricingRule pricing;
    /** Share of the price the worker keeps (1 - commission under FROM_WORKER). */
    final double workerNetShare;
    /** Multiplier on price for the requester's gross cost (1 + commission under ON_TOP). */
    final double requesterGrossFactor;
    public final Ledger ledger = new Ledger();
    /** Tasks awaiting review, one queue per work block and group of workers ({@link PendingWork#queue}). */
    final PendingWork[] pending = PendingWork.queues();
    /** Per country: decaying sums of net pay approved (USD) and of hours worked and searched here (multi-homing, 7.10). */
    final double[] recentPay;
    final double[] recentHours;

    Platform(int index, PlatformParams params, Scenario scenario, Countries countries) {
        this.index = index;
        this.params = params;
        this.pricing = PricingRule.of(scenario, params, countries);
        boolean fromWorker = params.commissionMode() == CommissionMode.FROM_WORKER;
        workerNetShare = fromWorker ? 1 - params.commission() : 1;
        requesterGrossFactor = fromWorker ? 1 : 1 + params.commission();
        recentPay = new double[countries.count];
        recentHours = new double[countries.count];
    }

    /** The scenario's platforms: {@code platform}, then {@code platforms} in file order. */
    static Platform[] of(Scenario scenario, Countries countries) {
        var all = scenario.allPlatforms();
        Platform[] out = new Platform[all.size()];
        for (int i = 0; i < out.length; i++) out[i] = new Platform(i, all.get(i), scenario, countries);
        return out;
    }

    public String name() {
        return params.name();
    }

    /** What the requester pays for a task priced {@code priceCents}; half cents round to even, so rounding is unbiased. */
    long grossCents(long priceCents) {
        return (long) Math.rint(priceCents * requesterGrossFactor);
    }

    /** What the worker receives for a task priced {@code priceCents}. */
    long netCents(long priceCents) {
        return (long) Math.rint(priceCents * workerNetShare);
    }

    /** Worker w's task, handed in on {@code day} and folded by work block {@code block}, joins its queue to await review. */
    void awaitReview(int block, int w, Campaign c, long priceCents, int day, int k, double minutes) {
        pending[PendingWork.queue(block, w)].add(w, c, priceCents, day + params.approvalDays(), k, minutes);
    }

    /** Pays out worker w's balance here as far as the payout rule allows now; returns the cents paid (gross of fee). */
    long payOut(Workers ws, int w, MarketStats stats) {
        return payOut(ws, w, ledger, stats);
    }

    /** The same, the ledger's flows going to {@code into} (a review group's tally, added to the ledger later). */
    long payOut(Workers ws, int w, Ledger into, MarketStats stats) {
        int i = w * ws.platforms + index;
        long balance = ws.balanceCents[i];
        long threshold = Math.round(params.payout().threshold() * 100);
        if (balance <= 0 || balance < threshold) return 0;
        long increment = Math.round(params.payout().increment() * 100);
        long amount = increment > 0 ? balance / increment * increment : balance;
        long fee = Math.round(params.payout().fee() * 100);
        if (amount <= 0 || amount < fee) return 0;
        ws.balanceCents[i] -= amount;
        into.balancesCents -= amount;
        into.payoutFeeCents += fee;
        into.paidOutCents += amount - fee;
        stats.dayPaidOutCents += amount - fee;
        ws.savings[w] += (amount - fee) / 100.0;
        return amount;
    }

    /** Whatever stays on worker w's balance here is lost to it: unpaid labour. */
    void forfeit(Workers ws, int w) {
        forfeit(ws, w, ledger);
    }

    void forfeit(Workers ws, int w, Ledger into) {
        int i = w * ws.platforms + index;
        long b = ws.balanceCents[i];
        if (b <= 0) return;
        ws.balanceCents[i] = 0;
        ws.forfeitedCents[w] += b;
        into.balancesCents -= b;
        into.forfeitedCents += b;
    }

    /** Expected hourly earnings of country k's workers here, USD, or NaN while none of them has worked here (7.10). */
    double expectedHourlyEarnings(int k) {
        return recentHours[k] > 0 ? recentPay[k] / recentHours[k] : Double.NaN;
    }
}
