package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kempelen.scenario.DataCategory;

/**
 * Labour supply answers to need and to pay (docs/ODD.md 7.7, 7.4): a country whose currency
 * collapses sends more workers and gives a larger share of the items of open campaigns; a local
 * boom the opposite. Paired by seed against a shock that changes nothing on the same day (so both
 * runs draw the same numbers up to it), judged against the replications' noise.
 */
class LabourSupplyTest {
    private static final int SEEDS = 5;
    private static final int SHOCK_DAY = 20;
    /** Long enough after the shock for entrants to arrive, large enough for Venezuela's entrants to be counted in dozens. */
    private static final String[] SIZE = {"population=5000", "days=120"};

    @Test
    void aCurrencyCollapseBringsMoreWorkersAndALargerShareOfOpenCampaignItems() {
        Paired<MarketModel> p = paired("{day: " + SHOCK_DAY + ", kind: currencyCollapse, factor: 0.2}");
        p.assertRises("Venezuelan entries", m -> entries(m, "VE"));
        p.assertRises("Venezuela's share of the items of open campaigns", m -> openShare(m, "VE"));
        p.assertRises("Venezuela's share of personal-data items", m -> personalDataShare(m, "VE"));
    }

    @Test
    void aLocalBoomBringsFewerWorkersAndASmallerShareOfOpenCampaignItems() {
        // Local wages and other incomes treble; nobody loses its income.
        Paired<MarketModel> p = paired("{day: " + SHOCK_DAY + ", kind: incomeLoss, incomeLossShare: 0, factor: 3}");
        p.assertFalls("Venezuelan entries", m -> entries(m, "VE"));
        p.assertFalls("Venezuela's share of the items of open campaigns", m -> openShare(m, "VE"));
    }

    @Test
    void needLengthensTheWorkingDay() {
        // The same workers with and without hours that answer to need, in a market with work enough that hours bind
        // (twenty times the microtask campaigns, many offers per login): those under pressure work more hours.
        Paired<MarketModel> p = new Paired<>();
        String[] plenty = {"requesters.PLATFORM_QA.campaignsPerDay=20", "platform.offersPerLogin=200"};
        for (int seed = 1; seed <= SEEDS; seed++) {
            p.treated.add(Scenarios.run(Scenarios.small(Scenarios.with(plenty, "seed=" + seed, "workers.hoursPressureBoost=2"))));
            p.control.add(Scenarios.run(Scenarios.small(Scenarios.with(plenty, "seed=" + seed, "workers.hoursPressureBoost=0"))));
        }
        p.assertRises("hours worked per worker-day", m -> hoursPerWorkerDay(m));
    }

    @Test
    void openCampaignsHaveNoCountryQuotaAndTargetingTypesDo() {
        MarketModel m = Scenarios.run(Scenarios.small("seed=1"));
        long open = 0, all = 0;
        for (Campaign c : m.allCampaigns) {
            boolean targets = c.type() == org.kempelen.scenario.RequesterType.AI_DATA_VENDOR;
            assertEquals(targets, c.targeted, c.type() + " campaign " + c.id);
            if (!c.targeted) assertEquals(0, java.util.Arrays.stream(c.quota).sum(), "an open campaign has no country quota");
        }
        for (int i = 0; i < m.stats.items.length; i++) {
            open += m.stats.itemsFromOpenCampaigns[i];
            all += m.stats.items[i];
        }
        assertTrue(open > 0 && open < all, "open campaigns give some of the items, not all: " + open + " of " + all);
    }

    private static Paired<MarketModel> paired(String shock, String... more) {
        Paired<MarketModel> p = new Paired<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            p.treated.add(Scenarios.run(Scenarios.small(Scenarios.with(Scenarios.with(SIZE, "seed=" + seed,
                    "countries.VE.shocks=[" + shock + "]"), more))));
            p.control.add(Scenarios.run(Scenarios.small(Scenarios.with(Scenarios.with(SIZE, "seed=" + seed,
                    "countries.VE.shocks=[{day: " + SHOCK_DAY + ", kind: priceLevel, livingCostFactor: 1}]"), more))));
        }
        return p;
    }

    private static double entries(MarketModel m, String country) {
        return m.stats.entriesByCountry[m.countries.indexOf(country)];
    }

    /** The country's share of the items handed in to open campaigns. */
    static double openShare(MarketModel m, String country) {
        int k = m.countries.indexOf(country);
        long own = 0, all = 0;
        for (int j = 0; j < m.countries.count; j++) {
            for (int c = 0; c < DataCategory.COUNT; c++) {
                long n = m.stats.itemsFromOpenCampaigns[j * DataCategory.COUNT + c];
                all += n;
                if (j == k) own += n;
            }
        }
        return own / (double) all;
    }

    static double personalDataShare(MarketModel m, String country) {
        int k = m.countries.indexOf(country);
        long own = 0, all = 0;
        for (DataCategory c : DataCategory.values()) {
            if (!c.isPersonalData()) continue;
            for (int j = 0; j < m.countries.count; j++) {
                long n = m.stats.items[j * DataCategory.COUNT + c.ordinal()];
                all += n;
                if (j == k) own += n;
            }
        }
        return own / (double) all;
    }

    private static double hoursPerWorkerDay(MarketModel m) {
        Workers ws = m.workers;
        double minutes = 0;
        for (int w = 0; w < ws.size; w++) if (ws.recorded(w)) minutes += ws.paidMinutes[w] + ws.unpaidMinutes[w];
        return minutes / 60 / m.stats.workerDays;
    }
}
