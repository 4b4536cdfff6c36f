package org.kempelen.model;

import ec.util.MersenneTwisterFast;
import org.kempelen.scenario.RequesterType;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.WorkerParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 6: workers leave with a base hazard (half-life), raised while their recent effective wage
 * is below their reservation wage and after notified harm; a departing worker's balance is paid
 * out if it reaches the threshold, else forfeited. New workers enter by country share, more
 * where pressure is high.
 */
final class EntryExitPhase implements Steppable {
    /** Hours of recent work below which the recent effective wage is not judged. */
    private static final double MIN_RECENT_HOURS = 0.5;

    private final MarketModel m;
    private final double baseHazard;
    private static final int LOW_WAGE = 1;
    private static final int HARMED = 2;
    /** Daily exit probability 1 - exp(-h) by cause bits (h: the base hazard times the multipliers that apply), computed once. */
    private final double[] exitProbability = new double[4];
    private final double entryRate;
    private final double[] entryWeights;
    /** Requester types that pass some data abroad, in type order. */
    private final RequesterType[] transferring;

    EntryExitPhase(MarketModel m) {
        this.m = m;
        WorkerParams p = m.scenario.workers();
        this.baseHazard = Math.log(2) / p.halfLifeDays();
        this.entryRate = entryRate(m.scenario);
        for (int cause = 0; cause < 4; cause++) {
            double h = baseHazard;
            if ((cause & LOW_WAGE) != 0) h *= p.lowWageExitMultiplier();
            if ((cause & HARMED) != 0) h *= p.harmExitMultiplier();
            exitProbability[cause] = 1 - Math.exp(-h);
        }
        this.entryWeights = new double[m.countries.count];
        this.transferring = java.util.Arrays.stream(RequesterType.values())
                .filter(t -> m.scenario.requesters().get(t).transferShare() > 0).toArray(RequesterType[]::new);
    }

    /** Expected entrants per day: the population's base exit hazard times the entry multiplier (constant over the run). */
    static double entryRate(Scenario s) {
        WorkerParams p = s.workers();
        return s.population() * (Math.log(2) / p.halfLifeDays()) * p.entryRateMultiplier();
    }

    @Override
    public void step(SimState state) {
        int day = m.day();
        exits(day);
        entries(day);
    }

    private void exits(int day) {
        Workers ws = m.workers;
        WorkerParams p = m.scenario.workers();
        MersenneTwisterFast r = m.entryExitRng;
        for (int i = 0; i < ws.activeCount; i++) {
            int w = ws.activeIds[i];
            int cause = 0;
            if (ws.recentHours[w] >= MIN_RECENT_HOURS) {
                // The dollar reservation wage falls as money weighs more: r b / m (docs/ODD.md 7.7).
                double reservation = ws.reservationWage[w] * ws.weightAtNeed[w] / ws.moneyWeight[w];
                if (ws.recentPay[w] / ws.recentHours[w] < reservation) cause |= LOW_WAGE;
            }
            if (day - ws.lastHarmNotifiedDay[w] <= p.harmMemoryDays()) cause |= HARMED;
            if (!Draw.bernoulli(r, exitProbability[cause])) continue;
            ws.active[w] = false;
            ws.exitDay[w] = day;
            // Leaving, the worker asks for its data to be erased; the country's data protection decides whether that is honoured.
            if (Draw.bernoulli(r, m.countries.dataProtection[ws.country[w]])) {
                ws.erased[w] = true;
                m.stats.erasures++;
            }
            // Copies held by processors abroad are erased under their protection, one draw per transferring type.
            for (RequesterType t : transferring) {
                if (Draw.bernoulli(r, m.scenario.requesters().get(t).processorDataProtection())) ws.erasedAbroad[w] |= 1 << t.ordinal();
            }
            m.settle(w);
            m.stats.exits++;
            m.stats.dayExits++;
        }
        m.workers.compactActive();
    }

    private void entries(int day) {
        MersenneTwisterFast r = m.entryExitRng;
        int n = Draw.poisson(r, entryRate);
        if (n == 0) return;
        double total = 0;
        double boost = m.scenario.workers().entryPressureBoost();
        for (int k = 0; k < entryWeights.length; k++) {
            entryWeights[k] = m.countries.workerShare[k] * (1 + boost * m.meanPressure[k]);
            total += entryWeights[k];
        }
        for (int i = 0; i < n; i++) {
            int k = Draw.weighted(r, entryWeights, total);
            int w = m.workers.add();
            m.population.initWorker(w, k, day + 1, r);
            ForumNetwork.connectEntrant(m, w, m.forumRng);
        }
        m.stats.entries += n;
        m.stats.dayEntries += n;
    }
}
