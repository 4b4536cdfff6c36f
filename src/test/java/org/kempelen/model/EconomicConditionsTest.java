package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.Scenario;

/**
 * Safety nets, survey-based valuations and the two channels of economic conditions (docs/ODD.md
 * 7.1.1, 7.4, 7.4.1): the directions a modeller checks, with seeds paired and differences held to
 * their replication noise (paired t at 5 %).
 */
class EconomicConditionsTest {
    private static final int C = DataCategory.COUNT;
    private static final int SEEDS = 4;
    /** Data vendors post selfies only, so each country sees enough FACE_PHOTO offers for a rate. */
    private static final String SELFIES = "requesters.AI_DATA_VENDOR.categoryMix={FACE_PHOTO: 1}";
    /** Data vendors post every kind of biometric and ID data alike, so no category is too rare in one country for a rate. */
    private static final String[] EVERY_CATEGORY = {"requesters.AI_DATA_VENDOR.categoryMix={FACE_PHOTO: 1, FACE_VIDEO: 1, VOICE: 1, BODY_SCAN: 1, ID_DOCUMENT: 1}",
            "requesters.AI_DATA_VENDOR.campaignsPerDay=0.3"};

    @Test
    void aBenefitNeverRaisesTheWeightOfADollarAndBoundsItAboveSubsistence() {
        Scenario s = Scenarios.load(List.of());
        MoneyWeight weight = new MoneyWeight(s.economy());
        double need = 1800 / Countries.DAYS_PER_MONTH;
        double atNeed = weight.atNeed(need, 1);
        for (double savings = 0; savings <= 60 * need; savings += need) {
            double without = weight.weight(atNeed, weight.shortfall(0, savings, need));
            double with = weight.weight(atNeed, weight.shortfall(0.73 * need, savings, need));
            assertTrue(with <= without, "a benefit lowers or keeps the weight: " + with + " vs " + without + " at savings " + savings);
        }
        // A benefit of 0.73 of need, above subsistence (theta 0.3): the need multiplier is at most 0.7 / 0.43, far below the cap.
        assertTrue(weight.weight(atNeed, weight.shortfall(0.73 * need, 0, need)) < 2, "bounded with no savings at all");
        assertEquals(s.economy().maxNeedWeight(), weight.weight(atNeed, weight.shortfall(0, 0, need)), 1e-9, "without it, the cap");
    }

    @Test
    void aSafetyNetLowersAcceptanceOfThoseItCovers() {
        // The same workers (the rank is drawn whatever the coverage) with and without a generous net in India.
        Paired<MarketModel> p = new Paired<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            p.treated.add(Scenarios.run(Scenarios.small(SELFIES, "seed=" + seed, "countries.IN.noOtherIncomeShare=0.6",
                    "countries.IN.safetyNetCoverage=1", "countries.IN.safetyNetBenefit=0.8")));
            p.control.add(Scenarios.run(Scenarios.small(SELFIES, "seed=" + seed, "countries.IN.noOtherIncomeShare=0.6",
                    "countries.IN.safetyNetCoverage=0", "countries.IN.safetyNetBenefit=0.8")));
        }
        p.assertFalls("Indian selfie acceptance with a safety net", m -> acceptance(m, "IN", DataCategory.FACE_PHOTO));
        p.assertFalls("Indian pressure with a safety net", m -> m.meanPressure[m.countries.indexOf("IN")]);
        p.assertFalls("the share of Indian selfies due to need", m -> need(m, "IN", DataCategory.FACE_PHOTO));
    }

    @Test
    void raisingACountrysPrivacyAttitudeLowersItsAcceptanceOfEveryPersonalDataCategory() {
        Paired<MarketModel> p = new Paired<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            p.treated.add(Scenarios.run(Scenarios.small(Scenarios.with(EVERY_CATEGORY, "seed=" + seed, "population=5000", "countries.IN.privacyAttitude=3"))));
            p.control.add(Scenarios.run(Scenarios.small(Scenarios.with(EVERY_CATEGORY, "seed=" + seed, "population=5000", "countries.IN.privacyAttitude=1"))));
        }
        for (DataCategory c : DataCategory.values()) {
            if (c.isPersonalData()) p.assertFalls("Indian acceptance of " + c, m -> acceptance(m, "IN", c));
        }
    }

    @Test
    void theThreeProbabilitiesAreOrderedAsTheWeightsAre() {
        // Without dispersion of living cost every worker of a country has its country's b: above 1 where living costs less than
        // the reference (a dollar buys more), below 1 in Switzerland.
        MarketModel m = Scenarios.run(Scenarios.small("workers.livingCostDispersion=0", "population=4000"));
        double reference = m.scenario.economy().referenceLivingCostMonthly() / Countries.DAYS_PER_MONTH;
        MarketStats s = m.stats;
        int checked = 0;
        for (int k = 0; k < m.countries.count; k++) {
            double b = reference / (m.scenario.countries().get(m.countries.code[k]).livingCostMonthly() / Countries.DAYS_PER_MONTH);
            for (int c = 0; c < C; c++) {
                int i = k * C + c;
                if (s.offers[i] == 0) continue;
                double e = s.expectedAccepted[i], need = s.expectedAcceptedAtNeed[i], ref = s.expectedAcceptedAtReference[i];
                String where = m.countries.code[k] + "/" + DataCategory.values()[c];
                assertTrue(e >= need - 1e-9, "own weight >= at need in " + where);
                if (b > 1) assertTrue(need >= ref - 1e-9, "at need >= at reference where a dollar buys more, " + where);
                if (b < 1) assertTrue(need <= ref + 1e-9, "at need <= at reference where a dollar buys less, " + where);
                checked++;
            }
        }
        assertTrue(checked > 40, "cells checked: " + checked);
    }

    @Test
    void aCurrencyCollapseRaisesTheNeedChannelInTheShockedCountryOnly() {
        // The Philippines, not Venezuela: in the country table Venezuelans have collapsed already (other income below need), so
        // nearly all of them weigh a dollar at the cap and a further collapse cannot raise it.
        Paired<MarketModel> p = new Paired<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            p.treated.add(Scenarios.run(Scenarios.small("seed=" + seed, "population=6000", "days=120", "burnInDays=120",
                    "countries.PH.shocks=[{day: 10, kind: currencyCollapse, factor: 0.3}]")));
            p.control.add(Scenarios.run(Scenarios.small("seed=" + seed, "population=6000", "days=120", "burnInDays=120")));
        }
        p.assertRises("the share of Philippine selfies due to need", m -> need(m, "PH", DataCategory.FACE_PHOTO));
        double shocked = meanDifference(p, "PH");
        for (String k : List.of("US", "DE", "NL", "CH", "IN", "ID", "VE", "KE", "BD")) {
            // A share of few expected acceptances is noise (Germans, with their valuation, accept few selfies).
            if (p.control.get(0).stats.expectedAccepted[p.control.get(0).countries.indexOf(k) * C + DataCategory.FACE_PHOTO.ordinal()] < 200) continue;
            double other = meanDifference(p, k);
            assertTrue(Math.abs(other) < shocked / 2, "need share in " + k + " moved by " + other + ", in PH by " + shocked);
        }
    }

    private static double meanDifference(Paired<MarketModel> p, String country) {
        double sum = 0;
        for (int i = 0; i < p.treated.size(); i++) {
            sum += need(p.treated.get(i), country, DataCategory.FACE_PHOTO) - need(p.control.get(i), country, DataCategory.FACE_PHOTO);
        }
        return sum / p.treated.size();
    }

    private static double acceptance(MarketModel m, String country, DataCategory c) {
        int i = m.countries.indexOf(country) * C + c.ordinal();
        if (m.stats.offers[i] < 100) throw new AssertionError("too few " + country + " " + c + " offers: " + m.stats.offers[i]);
        return m.stats.accepted[i] / (double) m.stats.offers[i];
    }

    /** Share of the country's expected acceptances of c due to need: (E - E_need) / E. */
    private static double need(MarketModel m, String country, DataCategory c) {
        int i = m.countries.indexOf(country) * C + c.ordinal();
        return 1 - m.stats.expectedAcceptedAtNeed[i] / m.stats.expectedAccepted[i];
    }
}
