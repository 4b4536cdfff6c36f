package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kempelen.scenario.DataCategory;

/** The model moves the way a modeller expects when one lever moves, all else (seed included) equal. */
class DirectionTest {
    /** AI data vendors post only selfie campaigns, so FACE_PHOTO offers are plentiful. */
    private static final String SELFIES_ONLY = "requesters.AI_DATA_VENDOR.categoryMix={FACE_PHOTO: 1}";

    @Test
    void aHigherPriceRaisesAcceptance() {
        double low = Scenarios.acceptance(Scenarios.run(Scenarios.small(SELFIES_ONLY, "categories.FACE_PHOTO.typicalPrice=2")), DataCategory.FACE_PHOTO);
        double high = Scenarios.acceptance(Scenarios.run(Scenarios.small(SELFIES_ONLY, "categories.FACE_PHOTO.typicalPrice=6")), DataCategory.FACE_PHOTO);
        assertTrue(high > low + 0.03, "acceptance at $6 (" + high + ") above acceptance at $2 (" + low + ")");
    }

    @Test
    void aHigherPrivacyValuationLowersAcceptance() {
        double low = Scenarios.acceptance(Scenarios.run(Scenarios.small(SELFIES_ONLY, "categories.FACE_PHOTO.medianWta=2")), DataCategory.FACE_PHOTO);
        double high = Scenarios.acceptance(Scenarios.run(Scenarios.small(SELFIES_ONLY, "categories.FACE_PHOTO.medianWta=12")), DataCategory.FACE_PHOTO);
        assertTrue(high < low - 0.03, "acceptance with WTA 12 (" + high + ") below acceptance with WTA 2 (" + low + ")");
    }

    @Test
    void acceptanceRisesWithPressure() {
        MarketModel m = Scenarios.run(Scenarios.small(SELFIES_ONLY, "population=6000"));
        int c = DataCategory.FACE_PHOTO.ordinal();
        int n = DataCategory.COUNT;
        double bottom = m.stats.bandAccepted[c] / (double) m.stats.bandOffers[c];
        int top = (MarketStats.BANDS - 1) * n + c;
        double upper = m.stats.bandAccepted[top] / (double) m.stats.bandOffers[top];
        assertTrue(upper > bottom, "acceptance under full pressure (" + upper + ") above acceptance without (" + bottom + ")");
    }

    @Test
    void aHigherSubsistenceShareSteepensTheGradient() {
        double flat = slope(Scenarios.run(Scenarios.small(SELFIES_ONLY, "population=6000", "economy.subsistenceShare=0", "economy.maxNeedWeight=2")));
        double steep = slope(Scenarios.run(Scenarios.small(SELFIES_ONLY, "population=6000", "economy.subsistenceShare=0.5")));
        assertTrue(steep > flat + 0.2, "logit slope on P with theta 0.5 (" + steep + ") above theta 0, cap 2 (" + flat + ")");
    }

    private static double slope(MarketModel m) {
        int bins = m.stats.regressionBins;
        double[] x = new double[bins];
        long[] n = new long[bins];
        long[] y = new long[bins];
        int c = DataCategory.FACE_PHOTO.ordinal();
        for (int b = 0; b < bins; b++) {
            x[b] = (b + 0.5) / bins;
            n[b] = m.stats.binOffers[b * DataCategory.COUNT + c];
            y[b] = m.stats.binAccepted[b * DataCategory.COUNT + c];
        }
        return org.kempelen.metrics.Statistics.logisticRegression(x, n, y)[1];
    }

    @Test
    void fullDisclosureLowersAcceptanceOfAnonymousHighBreachCampaigns() {
        String[] risky = {SELFIES_ONLY, "requesters.AI_DATA_VENDOR.anonymousProbability=1",
                "requesters.AI_DATA_VENDOR.breachHazardPerYear=1"};
        double hidden = Scenarios.acceptance(Scenarios.run(Scenarios.small(Scenarios.with(risky, "platform.disclosure=NONE"))), DataCategory.FACE_PHOTO);
        double shown = Scenarios.acceptance(Scenarios.run(Scenarios.small(Scenarios.with(risky, "platform.disclosure=FULL"))), DataCategory.FACE_PHOTO);
        assertTrue(shown < hidden - 0.03, "FULL disclosure (" + shown + ") below NONE (" + hidden + ")");
    }

    @Test
    void aBannedCategoryWithFullEnforcementYieldsNoItems() {
        MarketModel m = Scenarios.run(Scenarios.small("platform.bannedCategories=[ID_DOCUMENT]", "platform.banEnforcement=1"));
        assertEquals(0, Scenarios.items(m, DataCategory.ID_DOCUMENT));
        assertTrue(m.stats.campaignsBlockedByBan > 0, "campaigns were posted and caught");
        MarketModel weak = Scenarios.run(Scenarios.small("platform.bannedCategories=[ID_DOCUMENT]", "platform.banEnforcement=0.2"));
        assertTrue(Scenarios.items(weak, DataCategory.ID_DOCUMENT) > 0, "a weakly enforced ban lets items through");
    }

    @Test
    void aScamCampaignNeverPays() {
        MarketModel m = Scenarios.run(Scenarios.small("platform.screening=0", "requesters.SCAMMER.count=10"));
        int scams = 0;
        for (Campaign c : m.allCampaigns) {
            if (c.legitimate) continue;
            scams++;
            for (long spent : c.spentCents) assertEquals(0, spent, "scam campaign " + c.id + " paid");
        }
        assertTrue(scams > 0, "scam campaigns were posted");
        assertTrue(m.stats.unpaidScamMinutes > 0, "workers did scam tasks, unpaid");
    }

    @Test
    void perfectScreeningKeepsScamsOut() {
        MarketModel m = Scenarios.run(Scenarios.small("platform.screening=1", "requesters.SCAMMER.count=10"));
        assertTrue(m.allCampaigns.stream().allMatch(c -> c.legitimate));
        assertEquals(0.0, m.stats.unpaidScamMinutes);
    }

    @Test
    void strongDataProtectionTellsWorkersOfHarm() {
        String[] harmful = {"requesters.AI_DATA_VENDOR.misuseProbability=0.5", "requesters.AI_DATA_VENDOR.retentionDays=30"};
        MarketModel weak = Scenarios.run(Scenarios.small(Scenarios.with(harmful, "countries.PH.dataProtection=0")));
        MarketModel strong = Scenarios.run(Scenarios.small(Scenarios.with(harmful, "countries.PH.dataProtection=1")));
        int ph = strong.countries.indexOf("PH");
        long weakNotified = 0, strongNotified = 0, strongHarm = 0;
        for (int c = 0; c < DataCategory.COUNT; c++) {
            weakNotified += weak.stats.notifiedHarm[ph * DataCategory.COUNT + c];
            strongNotified += strong.stats.notifiedHarm[ph * DataCategory.COUNT + c];
            strongHarm += strong.stats.harmEvents[ph * DataCategory.COUNT + c];
        }
        assertEquals(0, weakNotified);
        assertTrue(strongHarm > 0);
        assertEquals(strongHarm, strongNotified, "with data protection 1 every harm is notified");
    }
}
