package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kempelen.metrics.RunAnalysis;
import org.kempelen.metrics.RunRecorder;
import org.kempelen.metrics.RunResults;
import org.kempelen.metrics.Table;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.Scenario;

/** Several platforms in one market (docs/ODD.md 7.10): what a modeller checks first. */
class PlatformsTest {
    private static final int C = DataCategory.COUNT;
    private static final int ID = DataCategory.ID_DOCUMENT.ordinal();

    private static long items(MarketModel m, int platform, int category) {
        return m.stats.byPlatform.items[platform * C + category];
    }

    private static long items(MarketModel m, int platform) {
        long n = 0;
        for (int c = 0; c < C; c++) n += items(m, platform, c);
        return n;
    }

    @Test
    void aSecondPlatformNobodyUsesChangesNothing() {
        // Workers and requesters all on the first: its own streams are drawn (campaign placement), the market's are not.
        MarketModel one = Scenarios.run(Scenarios.small("seed=5"));
        MarketModel two = Scenarios.run(Scenarios.small("seed=5", "platforms={idle: {workforceShare: 0, demandShare: 0}}"));
        assertArrayEquals(one.stats.items, two.stats.items);
        assertArrayEquals(one.stats.offers, two.stats.offers);
        assertArrayEquals(one.stats.accepted, two.stats.accepted);
        assertArrayEquals(one.stats.harmEvents, two.stats.harmEvents);
        assertEquals(one.ledger().requesterPaidCents, two.ledger().requesterPaidCents);
        assertEquals(one.ledger().paidOutCents, two.ledger().paidOutCents);
        assertEquals(one.stats.unpaidSearchMinutes, two.stats.unpaidSearchMinutes);
        assertEquals(0, items(two, 1));
        assertEquals(0, two.stats.byPlatform.visits[1]);
    }

    @Test
    void anEnforcedBanMovesIdDocumentsToTheOtherPlatform() {
        for (long seed = 1; seed <= 3; seed++) {
            MarketModel m = Scenarios.run(Scenarios.small("seed=" + seed, "platform.bannedCategories=[ID_DOCUMENT]", "platform.banEnforcement=1",
                    "platforms={lax: {bannedCategories: [ID_DOCUMENT], banEnforcement: 0.1}}"));
            assertEquals(0, items(m, 0, ID), "no ID documents where the ban is enforced (seed " + seed + ")");
            assertTrue(items(m, 1, ID) > 0, "ID documents are collected where it is not (seed " + seed + ")");
            assertEquals(0, m.stats.byPlatform.blockedByBan[0], "requesters do not try a platform that enforces its ban");
        }
    }

    @Test
    void identicalPlatformsSplitCampaignsAndVisitsEvenly() {
        long first = 0, all = 0;
        int seeds = 4;
        double[] visitShare = new double[seeds];
        for (int i = 0; i < seeds; i++) {
            MarketModel m = Scenarios.run(Scenarios.small("seed=" + (i + 1), "days=90", "platforms={twin: {}}"));
            PlatformCounts s = m.stats.byPlatform;
            first += s.campaignsPosted[0];
            all += s.campaignsPosted[0] + s.campaignsPosted[1];
            visitShare[i] = s.visits[0] / (double) (s.visits[0] + s.visits[1]);
        }
        // A fair split of n campaigns: the share within four binomial standard errors of a half.
        double share = first / (double) all;
        assertEquals(0.5, share, 4 * Math.sqrt(0.25 / all), "share of campaigns on the first twin of " + all);
        // Visits follow what each twin happens to pay (a run can tip one way, as two-sided markets do), but neither is favoured:
        // the mean share over seeds lies within four of its standard errors (from the seeds) of a half.
        double mean = java.util.Arrays.stream(visitShare).average().orElseThrow();
        double ss = 0;
        for (double v : visitShare) ss += (v - mean) * (v - mean);
        double se = Math.sqrt(ss / (seeds - 1) / seeds);
        assertEquals(0.5, mean, 4 * se + 1e-3, "visit shares of the first twin " + java.util.Arrays.toString(visitShare));
    }

    @Test
    void moneyIsConservedOnEachPlatformAndBalancesAreThePlatformsOwn() {
        MarketModel m = Scenarios.run(Scenarios.small("seed=9", "platform.workforceShare=0.6", "platform.inactivityForfeitDays=20",
                "platforms={b: {workforceShare: 0.7, commission: 0.35, commissionMode: FROM_WORKER, payout: {threshold: 20}}, "
                        + "c: {workforceShare: 0.3, pricing: {rule: REVERSE_AUCTION}}}"), 2);
        Workers ws = m.workers;
        for (Platform p : m.platforms) {
            Ledger l = p.ledger;
            assertTrue(l.requesterPaidCents > 0, p.name() + " paid for work");
            assertTrue(l.conserved(), p.name() + " conserves money");
            long balances = 0;
            for (int w = 0; w < ws.size; w++) {
                long b = ws.balanceCents[w * ws.platforms + p.index];
                assertTrue(b >= 0);
                if (b > 0) assertTrue(ws.registeredOn(w, p.index), "only a platform a worker is on holds a balance of it");
                balances += b;
            }
            assertEquals(l.balancesCents, balances, p.name() + ": ledger balances = its workers' balances there");
        }
        assertTrue(m.ledger().conserved());
        // FROM_WORKER at 35 %: the platform keeps 35 % of what its requesters pay.
        Ledger b = m.platforms[1].ledger;
        assertEquals(0.35, b.commissionCents / (double) b.requesterPaidCents, 0.01);
    }

    @Test
    void registrationFollowsTheWorkforceShares() {
        MarketModel m = Scenarios.run(Scenarios.small("seed=3", "days=5", "burnInDays=0", "platform.workforceShare=0.8",
                "platforms={b: {workforceShare: 0.5}}"));
        Workers ws = m.workers;
        int onA = 0, onB = 0, both = 0;
        for (int w = 0; w < ws.size; w++) {
            boolean a = ws.registeredOn(w, 0), b = ws.registeredOn(w, 1);
            assertTrue(a || b, "every worker is on some platform");
            if (a) onA++;
            if (b) onB++;
            if (a && b) both++;
        }
        int n = ws.size;
        // Independent draws: 0.8 and 0.5, overlap 0.4; the 10 % drawn onto none join one by the shares (8/13 to a).
        double sd = Math.sqrt(0.25 / n);
        assertEquals(0.8 + 0.1 * 8 / 13, onA / (double) n, 4 * sd);
        assertEquals(0.5 + 0.1 * 5 / 13, onB / (double) n, 4 * sd);
        assertEquals(0.4, both / (double) n, 4 * sd);
        assertEquals(List.of("main", "b"), List.of(m.platforms[0].name(), m.platforms[1].name()));
    }

    @Test
    void workersMoveTowardThePlatformThatPaysMore() {
        // The same market but for the commission taken from the worker: 50 % on the first platform, none on the second.
        Paired<MarketModel> runs = new Paired<>();
        for (long seed = 1; seed <= 4; seed++) {
            String[] base = {"seed=" + seed, "days=90", "platform.commissionMode=FROM_WORKER", "platform.commission=0.5"};
            runs.treated.add(Scenarios.run(Scenarios.small(Scenarios.with(base, "platforms={fair: {commission: 0}}", "multiHoming.earningsSensitivity=2"))));
            runs.control.add(Scenarios.run(Scenarios.small(Scenarios.with(base, "platforms={fair: {commission: 0}}", "multiHoming.earningsSensitivity=0"))));
        }
        runs.assertRises("share of visits to the platform that pays workers more",
                m -> m.stats.byPlatform.visits[1] / (double) (m.stats.byPlatform.visits[0] + m.stats.byPlatform.visits[1]));
    }

    @Test
    void theTablesGainAPlatformColumnWhoseRowsAddUpToTheMarket() {
        Scenario s = Scenarios.small("seed=4", "days=30", "platform.workforceShare=0.7", "platforms={b: {workforceShare: 0.6, commission: 0.3}}");
        MarketModel m = new MarketModel(s);
        RunRecorder recorder = RunRecorder.of(m);
        m.addObserver(recorder);
        m.run();
        RunResults r = RunAnalysis.analyse(m, recorder);
        Table t = r.byCountry();
        assertEquals("platform", t.columns().get(0));
        for (String column : List.of("offers", "accepted", "items_given", "items_approved", "harm_events")) {
            int at = t.columnIndex(column);
            double market = 0, platforms = 0;
            for (Object[] row : t.rows()) {
                if (row[2].equals("ALL")) continue;
                double v = ((Number) row[at]).doubleValue();
                if (row[0].equals("ALL")) market += v;
                else platforms += v;
            }
            assertTrue(market > 0 || column.equals("harm_events"), column);
            assertEquals(market, platforms, 1e-9, column + ": the platforms' rows add up to the market's");
        }
        Table ts = r.timeseries();
        for (Object[] row : ts.rows()) {
            for (String column : List.of("tasks_done", "campaigns_posted", "personal_data_items")) {
                long all = ((Number) row[ts.columnIndex(column)]).longValue();
                long main = ((Number) row[ts.columnIndex(column + "_main")]).longValue();
                long b = ((Number) row[ts.columnIndex(column + "_b")]).longValue();
                assertEquals(all, main + b, column + " on day " + row[0]);
            }
        }
        assertEquals(List.of("main", "b"), List.copyOf(((java.util.Map<?, ?>) r.summary().get("by_platform")).keySet()).stream().map(String::valueOf).toList());
        // One platform: the tables keep their columns.
        MarketModel one = Scenarios.run(Scenarios.small("days=5"));
        RunResults single = RunAnalysis.analyse(one, RunRecorder.of(one));
        assertEquals("country", single.byCountry().columns().get(0));
        assertTrue(single.timeseries().columns().stream().noneMatch(c -> c.startsWith("visits_")));
        assertTrue(!single.summary().containsKey("by_platform"));
    }
}
