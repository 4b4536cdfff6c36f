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
        // Pooled over seeds: at this size CH hands in 13-40 selfies a run, and price noise on so few items moves one run's
        // ratio by about 0.15 (one standard deviation over seeds 1-4), so a single run's ratio is no test.
        long[] without = new long[4], with = new long[4];
        for (long seed = 1; seed <= 6; seed++) {
            // Without experienced workers' choice of better-paying campaigns (7.4.2), which would also move which selfies
            // are taken: the premium's effect on the price alone.
            addSelfiePay(Scenarios.run(Scenarios.small(Scenarios.with(QUOTAS, SELFIES_ONLY, "seed=" + seed, "workers.selectionShare=0"))), without);
            addSelfiePay(Scenarios.run(Scenarios.small(Scenarios.with(QUOTAS, SELFIES_ONLY, "seed=" + seed, "workers.selectionShare=0",
                    "requesters.AI_DATA_VENDOR.scarcityPremium=2"))), with);
        }
        assertTrue(without[1] >= 100 && with[1] >= 100, "enough selfies from scarce countries (" + without[1] + ", " + with[1] + ")");
        // Selection remains: Swiss workers, who value their face more, take the better-paid selfie campaigns.
        assertEquals(1.0, scarceToOther(without), 0.1, "without a premium CH is paid per selfie as others are");
        assertEquals(2.0, scarceToOther(with) / scarceToOther(without), 0.2, "with premium 2 CH is paid twice as much relative to others per selfie");
    }

    /** Adds net pay and approved FACE_PHOTO items in scarce countries (0, 1) and elsewhere (2, 3). */
    private static void addSelfiePay(MarketModel m, long[] into) {
        int c = DataCategory.FACE_PHOTO.ordinal();
        for (int k = 0; k < m.countries.count; k++) {
            int i = k * DataCategory.COUNT + c;
            int at = m.countries.scarce[k] ? 0 : 2;
            into[at] += m.stats.workerPayCents[i];
            into[at + 1] += m.stats.itemsApproved[i];
        }
    }

    /** Pay per selfie in scarce countries over the same elsewhere. */
    private static double scarceToOther(long[] pay) {
        return pay[0] / (double) pay[1] / (pay[2] / (double) pay[3]);
    }
}
