package org.kempelen.model;

import org.junit.jupiter.api.Test;
import org.kempelen.scenario.DataCategory;

/**
 * Shocks move the market the way their kind says (docs/ODD.md 7.1), judged on paired runs (same
 * seed, with and without the shock) over several seeds, so that a difference must exceed its
 * replication noise. The comparison run has a shock that changes nothing (priceLevel x 1) on
 * the same day, so both runs split their choices at the same day and draw the same numbers.
 */
class ShockTest {
    private static final int SEEDS = 4;
    private static final int SHOCK_DAY = 20;
    /** Every personal-data category equally often, so each has decliners before the shock. */
    private static final String[] EVEN_MIX = {
            "requesters.AI_DATA_VENDOR.categoryMix={FACE_PHOTO: 1, FACE_VIDEO: 1, VOICE: 1, BODY_SCAN: 1, ID_DOCUMENT: 1}",
            "requesters.MARKET_RESEARCH.categoryMix={SURVEY_PROFILE: 1, SOCIAL_ACCOUNT: 1}"};
    /** One country whose workers mostly earn enough before the shock, so the shock has room to act. */
    private static final String COUNTRY = "countries={VE: {workerShare: 1, noOtherIncomeShare: 0.1, localHourlyWage: 3}}";

    @Test
    void aCurrencyCollapseRaisesAcceptanceOfEveryPersonalDataCategoryAndTurnsRefusers() {
        Paired<MarketModel> p = paired("{day: " + SHOCK_DAY + ", kind: currencyCollapse, factor: 0.2}");
        for (DataCategory c : DataCategory.values()) {
            if (!c.isPersonalData()) continue;
            p.assertRises("acceptance of " + c, m -> Scenarios.acceptance(m, c));
            p.assertRises("share of " + c + " decliners who accept after the shock", m -> switcherShare(m, c));
        }
        p.assertRises("mean pressure", ShockTest::meanPressure);
    }

    @Test
    void anIncomeLossRaisesPressureAndAcceptance() {
        Paired<MarketModel> p = paired("{day: " + SHOCK_DAY + ", kind: incomeLoss, incomeLossShare: 0.6}");
        p.assertRises("mean pressure", ShockTest::meanPressure);
        p.assertRises("acceptance of FACE_PHOTO", m -> Scenarios.acceptance(m, DataCategory.FACE_PHOTO));
        p.assertRises("acceptance of ID_DOCUMENT", m -> Scenarios.acceptance(m, DataCategory.ID_DOCUMENT));
    }

    @Test
    void higherPricesRaisePressureAndAcceptance() {
        Paired<MarketModel> p = paired("{day: " + SHOCK_DAY + ", kind: priceLevel, livingCostFactor: 2}");
        p.assertRises("mean pressure", ShockTest::meanPressure);
        p.assertRises("acceptance of FACE_PHOTO", m -> Scenarios.acceptance(m, DataCategory.FACE_PHOTO));
    }

    /** Among recorded workers who declined c before their country's switch day and accepted none before it: the share who accepted c after. */
    static double switcherShare(MarketModel m, DataCategory category) {
        Workers ws = m.workers;
        int c = category.ordinal();
        long decliners = 0, switchers = 0;
        for (int w = 0; w < ws.size; w++) {
            if (!ws.recorded(w) || !ws.presentOn(w, m.countries.switchDay[ws.country[w]]) || !ws.onlyDeclinedBefore(w, c)) continue;
            decliners++;
            if (ws.acceptedAfter(w, c)) switchers++;
        }
        if (decliners < 30) throw new AssertionError("too few " + category + " decliners (" + decliners + ") for a share");
        return switchers / (double) decliners;
    }

    static double meanPressure(MarketModel m) {
        double sum = 0;
        long days = 0;
        for (int w = 0; w < m.workers.size; w++) {
            sum += m.workers.pressureSum[w];
            days += m.workers.recordedDays[w];
        }
        return sum / days;
    }

    private static Paired<MarketModel> paired(String shock) {
        Paired<MarketModel> p = new Paired<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            p.treated.add(run(seed, shock));
            p.control.add(run(seed, "{day: " + SHOCK_DAY + ", kind: priceLevel, livingCostFactor: 1}"));
        }
        return p;
    }

    private static MarketModel run(int seed, String shock) {
        return Scenarios.run(Scenarios.small(COUNTRY, EVEN_MIX[0], EVEN_MIX[1], "seed=" + seed, "population=2000",
                "burnInDays=60", "countries.VE.shocks=[" + shock + "]"));
    }
}
