package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kempelen.scenario.DataCategory;

/** Data passed to processors abroad is protected there: weak protection abroad harms workers from well-protected countries more. */
class DataTransferTest {
    private static final List<String> PROTECTED = List.of("DE", "NL", "CH");
    /** Misuse common, short careers (erasure requests matter), only AI data vendors buying data. */
    private static final String[] HARMFUL = {"requesters.AI_DATA_VENDOR.misuseProbability=0.5", "requesters.AI_DATA_VENDOR.retentionDays=30",
            "requesters.AI_DATA_VENDOR.priceMultiplier=3", "workers.halfLifeDays=30", "population=6000",
            "requesters.MARKET_RESEARCH.count=0", "requesters.ACADEMIC.count=0", "requesters.GOVERNMENT.count=0", "requesters.SCAMMER.count=0"};

    @Test
    void transferringToWeakProtectionRaisesHarmAndSilencesItForWellProtectedWorkers() {
        // Few workers of DE, NL and CH take such tasks (20 to 40 harm events a seed), so the
        // shares are judged over the three seeds pooled, each direction also seed by seed.
        long homeHarm = 0, abroadHarm = 0, homeTold = 0;
        for (long seed = 1; seed <= 3; seed++) {
            MarketModel home = Scenarios.run(Scenarios.small(Scenarios.with(HARMFUL, "seed=" + seed)));
            MarketModel abroad = Scenarios.run(Scenarios.small(Scenarios.with(HARMFUL, "seed=" + seed, "requesters.AI_DATA_VENDOR.transferShare=1",
                    "requesters.AI_DATA_VENDOR.processorDataProtection=0")));
            long h = sum(home, home.stats.harmEvents), a = sum(abroad, abroad.stats.harmEvents);
            assertTrue(a > h, "seed " + seed + ": harm events in DE, NL, CH with data abroad at protection 0 (" + a + ") vs at home (" + h + ")");
            assertEquals(0, sum(abroad, abroad.stats.notifiedHarm), "abroad at protection 0 none is told");
            homeHarm += h;
            abroadHarm += a;
            homeTold += sum(home, home.stats.notifiedHarm);
        }
        // Erasures fail abroad and untold harm warns nobody off: about twice the harm.
        assertTrue(abroadHarm > 1.5 * homeHarm, "harm events with data abroad at protection 0 (" + abroadHarm + ") vs at home (" + homeHarm + ")");
        // Told with the country's protection, 0.8-0.9: 0.7 is two to three standard errors of the pooled share below it.
        assertTrue(homeTold > 0.7 * homeHarm, "at home most harm is told: " + homeTold + " of " + homeHarm);
    }

    /** Over the well-protected countries and all categories. */
    private static long sum(MarketModel m, long[] byCountryCategory) {
        long n = 0;
        for (String code : PROTECTED) {
            int k = m.countries.indexOf(code);
            for (int c = 0; c < DataCategory.COUNT; c++) n += byCountryCategory[k * DataCategory.COUNT + c];
        }
        return n;
    }
}
