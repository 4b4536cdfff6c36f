package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kempelen.scenario.DataCategory;

/**
 * What requesters paid = payouts + fees + commission + balances + forfeited, to the cent, under
 * every payment rule; with the work phase on three threads (its claims are committed in order).
 */
class MoneyConservationTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "platform.commission=0.2",
            "platform.commissionMode=FROM_WORKER",
            "platform.payout.increment=10",
            "platform.payout.fee=0.5",
            "platform.inactivityForfeitDays=5",
            "platform.pricing.rule=REVERSE_AUCTION",
            "platform.pricing.rule=QUOTA_ESCALATION",
            "platform.minimumHourlyPay=6",
            "workers.halfLifeDays=20",
            "platform.approvalDays=0",
            "requesters.PLATFORM_QA.hourlyPay=9",
            "requesters.PLATFORM_QA.qualityCheck={tasks: 5, minimumApproved: 5}",
            "requesters.AI_DATA_VENDOR.scarcityPremium=2"})
    void everyCentIsAccountedFor(String rule) {
        MarketModel m = Scenarios.run(Scenarios.small(rule, "platform.payout.threshold=5"), 3);
        Ledger l = m.ledger();
        assertTrue(l.requesterPaidCents > 0, "some work was paid");
        assertEquals(l.openingBalancesCents + l.requesterPaidCents,
                l.paidOutCents + l.payoutFeeCents + l.commissionCents + l.balancesCents + l.forfeitedCents);
        assertTrue(l.conserved());
        long balances = 0, earned = 0, forfeited = 0;
        for (int w = 0; w < m.workers.size; w++) {
            balances += m.workers.balance(w);
            earned += m.workers.earnedCents[w];
            forfeited += m.workers.forfeitedCents[w];
            assertTrue(m.workers.balance(w) >= 0, "no negative balance");
            assertTrue(m.workers.earnedCents[w] >= m.workers.forfeitedCents[w], "no worker forfeits more than it earned (burn-in balances count as earned)");
        }
        assertEquals(l.balancesCents, balances, "ledger balances = sum of worker balances");
        assertEquals(l.forfeitedCents, forfeited);
        assertEquals(l.openingBalancesCents + l.requesterPaidCents - l.commissionCents, earned,
                "workers earned what they held on day 0 and what requesters paid since, minus commission");
        long cost = 0;
        for (long c : m.stats.requesterCostCents) cost += c;
        assertEquals(l.requesterPaidCents, cost, "requester cost in the tables = ledger");
    }

    @org.junit.jupiter.api.Test
    void commissionIsTheAgreedShare() {
        MarketModel onTop = Scenarios.run(Scenarios.small("platform.commission=0.25"));
        double share = onTop.ledger().commissionCents / (double) (onTop.ledger().requesterPaidCents - onTop.ledger().commissionCents);
        assertEquals(0.25, share, 0.01, "ON_TOP: commission is 25 % of what the worker gets");
        MarketModel fromWorker = Scenarios.run(Scenarios.small("platform.commission=0.25", "platform.commissionMode=FROM_WORKER"));
        assertEquals(0.25, fromWorker.ledger().commissionCents / (double) fromWorker.ledger().requesterPaidCents, 0.01,
                "FROM_WORKER: commission is 25 % of what the requester pays");
    }

    @org.junit.jupiter.api.Test
    void aHighThresholdWithShortCareersForfeitsMoney() {
        MarketModel m = Scenarios.run(Scenarios.small("platform.payout.threshold=50", "workers.halfLifeDays=15"));
        assertTrue(m.ledger().forfeitedCents > 0, "workers who leave below the threshold lose their balance");
        assertTrue(Scenarios.items(m, DataCategory.NONE) > 0);
    }
}
