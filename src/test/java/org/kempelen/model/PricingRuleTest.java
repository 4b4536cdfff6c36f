package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.RequesterType;
import org.kempelen.scenario.Scenario;

/** Every pricing rule against the same contract, then each rule's own promise. */
class PricingRuleTest {
    private static PricingRule rule(String... overrides) {
        Scenario s = Scenarios.small(overrides);
        return PricingRule.of(s, s.platform(), new Countries(s));
    }

    private static Campaign campaign(int countries, double base, int openDay) {
        Requester r = new Requester(0, RequesterType.AI_DATA_VENDOR, Scenarios.small().requesters().get(RequesterType.AI_DATA_VENDOR), new double[countries], new double[] {1}, 1);
        int[] quota = new int[countries];
        java.util.Arrays.fill(quota, 5);
        Scenario s = Scenarios.small();
        Platform platform = new Platform(0, s.platform(), s, new Countries(s));
        return new Campaign(0, r, platform, DataCategory.FACE_PHOTO, 10, base, openDay, openDay + 30, false, true, 365, 0.05, 0.01,
                true, 0, 0.1, true, quota, 0, 1_000_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FIXED", "PPP_TIERED", "QUOTA_ESCALATION", "REVERSE_AUCTION"})
    void pricesArePositiveAndFinite(String name) {
        PricingRule r = rule("platform.pricing.rule=" + name);
        Campaign c = campaign(10, 2.0, 0);
        for (int day = 0; day < 40; day++) {
            r.price(c, day);
            for (double p : c.price) assertTrue(p > 0 && Double.isFinite(p), name + " price " + p);
        }
    }

    @Test
    void fixedIsTheSameEverywhere() {
        Campaign c = campaign(10, 2.5, 0);
        rule("platform.pricing.rule=FIXED").price(c, 3);
        for (double p : c.price) assertEquals(2.5, p);
    }

    @Test
    void pppTieringIsCheaperWhereWagesAreLow() {
        Scenario s = Scenarios.small("platform.pricing.rule=PPP_TIERED");
        Countries cs = new Countries(s);
        Campaign c = campaign(cs.count, 2.0, 0);
        PricingRule.of(s, s.platform(), cs).price(c, 0);
        assertTrue(c.price[cs.indexOf("IN")] < c.price[cs.indexOf("US")]);
        assertTrue(c.price[cs.indexOf("CH")] > c.price[cs.indexOf("US")]);
        assertEquals(2.0, c.price[cs.indexOf("US")], 1e-12, "the reference wage (US, $15/h) keeps the base price");
    }

    @Test
    void escalationRaisesUnfilledQuotasUpToTheCap() {
        PricingRule r = rule("platform.pricing.rule=QUOTA_ESCALATION", "platform.pricing.escalationStep=0.1", "platform.pricing.escalationCap=2");
        Campaign c = campaign(2, 1.0, 0);
        for (int i = 0; i < c.quota[1]; i++) c.fill(1);
        List<Double> prices = new ArrayList<>();
        for (int day = 0; day <= 15; day++) {
            r.price(c, day);
            prices.add(c.price[0]);
        }
        assertEquals(1.0, prices.get(0), 1e-12, "no rise on the opening day");
        assertEquals(1.5, prices.get(5), 1e-12, "five steps of 0.1");
        assertEquals(2.0, prices.get(15), 1e-12, "capped at 2 x base");
        assertEquals(1.0, c.price[1], 1e-12, "a filled quota does not escalate");
    }

    @Test
    void payFloorRaisesPricesToTheHourlyFloor() {
        PricingRule r = rule("platform.pricing.rule=PAY_FLOOR", "platform.minimumHourlyPay=12");
        Campaign c = campaign(3, 0.5, 0);
        r.price(c, 0);
        for (double p : c.price) assertEquals(2.0, p, 1e-12, "10 minutes at $12/h");
        PricingRule fromWorker = rule("platform.minimumHourlyPay=12", "platform.commissionMode=FROM_WORKER", "platform.commission=0.2");
        fromWorker.price(c, 0);
        assertEquals(2.5, c.price[0], 1e-12, "the worker keeps $2 after a 20 % commission");
        PricingRule high = rule("platform.pricing.rule=PAY_FLOOR", "platform.minimumHourlyPay=1");
        Campaign rich = campaign(3, 5.0, 0);
        high.price(rich, 0);
        assertEquals(5.0, rich.price[0], 1e-12, "prices above the floor stay");
    }

    @Test
    void onlyTheAuctionLetsWorkersBid() {
        assertTrue(rule("platform.pricing.rule=REVERSE_AUCTION").workersBid());
        assertFalse(rule("platform.pricing.rule=FIXED").workersBid());
        assertTrue(rule("platform.pricing.rule=REVERSE_AUCTION", "platform.minimumHourlyPay=3").workersBid(), "the floor keeps the auction");
    }

    @Test
    void auctionPaysBidsAtOrBelowTheReserve() {
        MarketModel m = Scenarios.run(Scenarios.small("platform.pricing.rule=REVERSE_AUCTION"));
        long approved = 0;
        for (long n : m.stats.itemsApproved) approved += n;
        assertTrue(approved > 0, "auctions are awarded");
        for (Campaign c : m.allCampaigns) {
            for (int k = 0; k < c.filled.length; k++) {
                if (c.spentCents[k] == 0) continue;
                double perItemGross = c.spentCents[k] / 100.0 / c.filled[k];
                assertTrue(perItemGross <= c.price[k] * 1.2 + 0.011, "paid " + perItemGross + " above reserve " + c.price[k]);
            }
        }
    }
}
