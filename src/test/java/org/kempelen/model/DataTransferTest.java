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
        for (long seed = 1; seed <= 3; seed++) {
            MarketModel home = Scenarios.run(Scenarios.small(Scenarios.with(HARMFUL, "seed=" + seed)));
            MarketModel abroad = Scenarios.run(Scenarios.small(Scenarios.with(HARMFUL, "seed=" + seed, "requesters.AI_DATA_VENDOR.transferShare=1",
                    "requesters.AI_DATA_VENDOR.processorDataProtection=0")));
            long homeHarm = sum(home, home.stats.harmEvents), abroadHarm = sum(abroad, abroad.stats.harmEvents);
            // Seeds 1-3: 444-471 events at home, 1,131-1,257 abroad (erasures fail, and untold harm does not warn anyone off).
            assertTrue(abroadHarm > 1.5 * homeHarm, "seed " + seed + ": harm events in DE, NL, CH with data abroad at protection 0 ("
                    + abroadHarm + ") vs at home (" + homeHarm + ")");
            assertTrue(sum(home, home.stats.notifiedHarm) > 0.8 * homeHarm, "at home most harm is told (protection 0.8-0.9)");
            assertEquals(0, sum(abroad, abroad.stats.notifiedHarm), "abroad at protection 0 none is told");
        }
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
