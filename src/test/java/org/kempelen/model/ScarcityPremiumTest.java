package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.RequesterType;
import org.kempelen.scenario.Scenario;

/** A higher fixed price for scarce groups: set in scarce countries only, paid to their workers. */
class ScarcityPremiumTest {
    private static final String SELFIES_ONLY = "requesters.AI_DATA_VENDOR.categoryMix={FACE_PHOTO: 1}";
    /**
     * The other types' campaigns with country quotas, as in model v2: open campaigns (7.2) weigh their whole quota in
     * every country's offers, so at this size the few Swiss workers would hardly be shown a selfie.
     */
    private static final String[] QUOTAS = {"requesters.MARKET_RESEARCH.countryTargeting=WORKFORCE",
            "requesters.ACADEMIC.countryTargeting=WORKFORCE", "requesters.GOVERNMENT.countryTargeting=WORKFORCE",
            "requesters.PLATFORM_QA.countryTargeting=WORKFORCE", "requesters.SCAMMER.countryTargeting=WORKFORCE"};

    @Test
    void thePremiumMultipliesTheFixedPriceInScarceCountriesOnlyAndTheFloorStillBinds() {
        Scenario s = Scenarios.small("requesters.AI_DATA_VENDOR.scarcityPremium=1.5", "platform.minimumHourlyPay=24");
        Countries cs = new Countries(s);
        Requester r = new Requester(0, RequesterType.AI_DATA_VENDOR, s.requesters().get(RequesterType.AI_DATA_VENDOR), new double[cs.count], new double[] {1}, 1);
        int[] quota = new int[cs.count];
        java.util.Arrays.fill(quota, 5);
        Campaign c = new Campaign(0, r, new Platform(0, s.platform(), s, cs), DataCategory.FACE_PHOTO, 10, 3.0, 0, 30, false, true, 365, 0.05, 0.01,
                true, 0, 0.1, true, quota, 0, 1_000_000);
        PricingRule.of(s, s.platform(), cs).price(c, 0);
        PricingRule.of(s, s.platform(), cs).price(c, 1);
        assertTrue(cs.scarce[cs.indexOf("CH")], "CH (1 % of workers) is scarce at the default 2 %");
        assertEquals(4.5, c.price[cs.indexOf("CH")], 1e-12, "CH pays 1.5 x the fixed price, not compounded over days");
        assertEquals(4.0, c.price[cs.indexOf("US")], 1e-12, "elsewhere the floor ($24/h x 10 min) binds over the $3 price");
    }

    @Test
    void aPremiumRaisesWhatScarceWorkersArePaidPerSelfieRelativeToOthers() {
        double ratios = 0;
        int seeds = 3;
        for (long seed = 1; seed <= seeds; seed++) {
            // Without experienced workers' choice of better-paying campaigns (7.4.2), which would also move which selfies
            // are taken: the premium's effect on the price alone.
            double without = scarceToOtherPay(Scenarios.run(Scenarios.small(Scenarios.with(QUOTAS, SELFIES_ONLY, "seed=" + seed, "workers.selectionShare=0"))));
            double with = scarceToOtherPay(Scenarios.run(Scenarios.small(Scenarios.with(QUOTAS, SELFIES_ONLY, "seed=" + seed, "workers.selectionShare=0",
                    "requesters.AI_DATA_VENDOR.scarcityPremium=2"))));
            // Price noise on CH's few items moves each ratio at this size, and so does selection: Swiss workers, who value
            // their face more, take the better-paid selfie campaigns (seeds 1-3: up to 11 % without a premium).
            assertEquals(1.0, without, 0.15, "seed " + seed + ": without a premium CH is paid as others are");
            assertEquals(2.0, with / without, 0.3, "seed " + seed + ": with premium 2 CH is paid twice as much relative to others per selfie");
            ratios += with / without;
        }
        assertEquals(2.0, ratios / seeds, 0.15, "mean over seeds of CH's relative pay per selfie with premium 2 over without");
    }

    /** Net pay per approved FACE_PHOTO item in scarce countries over the same elsewhere. */
    private static double scarceToOtherPay(MarketModel m) {
        int c = DataCategory.FACE_PHOTO.ordinal();
        long payScarce = 0, itemsScarce = 0, payOther = 0, itemsOther = 0;
        for (int k = 0; k < m.countries.count; k++) {
            int i = k * DataCategory.COUNT + c;
            if (m.countries.scarce[k]) {
                payScarce += m.stats.workerPayCents[i];
                itemsScarce += m.stats.itemsApproved[i];
            } else {
                payOther += m.stats.workerPayCents[i];
                itemsOther += m.stats.itemsApproved[i];
            }
        }
        assertTrue(itemsScarce >= 20, "enough selfies from scarce countries (" + itemsScarce + ")");
        return payScarce / (double) itemsScarce / (payOther / (double) itemsOther);
    }
}
