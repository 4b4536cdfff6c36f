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
 * where pressure is high and, from the first recorded day, more where the platforms pay more
 * against the local alternative wage than they did then (docs/ODD.md 7.7).
 * <p>Who leaves is drawn in parallel by blocks of the active workers, each worker from its own
 * substream for the day; their balances are then settled in the active list's order, on one
 * thread, so the results are the same on any number of threads.
 */
final class EntryExitPhase implements Steppable, WorkCrew.Job {
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
    private final double wageElasticity;
    /** Per country, platform pay over the local wage on the day it became the reference (7.7); NaN until then. */
    private final double[] referenceRatio;
    /** Sum of the pressure weights on the first recorded day, which the entry rate is relative to; NaN in the burn-in. */
    private double referenceWeight = Double.NaN;
    /** Per block of the active list, the workers leaving today, in list order; per thread, the exit draws. */
    private IntList[] leaving = new IntList[0];
    private final SplitMixRandom[] exitRng;
    private int day;

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
        this.wageElasticity = p.entryWageElasticity();
        this.referenceRatio = new double[m.countries.count];
        java.util.Arrays.fill(referenceRatio, Double.NaN);
        this.transferring = java.util.Arrays.stream(RequesterType.values())
                .filter(t -> m.scenario.requesters().get(t).transferShare() > 0).toArray(RequesterType[]::new);
        this.exitRng = new SplitMixRandom[m.threads];
        for (int t = 0; t < exitRng.length; t++) exitRng[t] = new SplitMixRandom();
    }

    /** The reference entry is measured against (7.7), into a saved market. */
    void save(MarketState.Sink out) {
        out.put("entry.referenceRatio", referenceRatio);
        out.put("entry.referenceWeight", new double[] {referenceWeight});
    }

    void restore(MarketState.Source in) {
        MarketState.copy(in, "entry.referenceRatio", referenceRatio);
        referenceWeight = ((double[]) in.take("entry.referenceWeight", double.class))[0];
    }

    /** Expected entrants per day: the population's base exit hazard times the entry multiplier (constant over the run). */
    static double entryRate(Scenario s) {
        WorkerParams p = s.workers();
        return s.population() * (Math.log(2) / p.halfLifeDays()) * p.entryRateMultiplier();
    }

    @Override
    public void step(SimState state) {
        day = m.day();
        exits();
        entries(day);
    }

    private void exits() {
        int blocks = BlockSums.blocks(m.workers.activeCount);
        if (leaving.length < blocks) {
            int had = leaving.length;
            leaving = java.util.Arrays.copyOf(leaving, Math.max(blocks, 2 * had));
            for (int b = had; b < leaving.length; b++) leaving[b] = new IntList(16);
        }
        m.crew.run(this, blocks);
        for (int b = 0; b < blocks; b++) {
            IntList left = leaving[b];
            for (int i = 0; i < left.size; i++) {
                int w = left.get(i);
                if (m.workers.erased[w]) m.stats.erasures++;
                m.settle(w);
            }
            m.stats.exits += left.size;
            m.stats.dayExits += left.size;
            left.clear();
        }
        m.workers.compactActive();
    }

    /** Block b of the active list: who leaves, and which copies of a leaver's data are erased, from the worker's own substream. */
    @Override
    public void run(int b, int thread) {
        Workers ws = m.workers;
        WorkerParams p = m.scenario.workers();
        SplitMixRandom r = exitRng[thread];
        IntList left = leaving[b];
        for (int i = b * BlockSums.BLOCK, end = Math.min(ws.activeCount, i + BlockSums.BLOCK); i < end; i++) {
            int w = ws.activeIds[i];
            int cause = 0;
            if (ws.recentHours[w] >= MIN_RECENT_HOURS) {
                // The dollar reservation wage falls as money weighs more: r b / m (docs/ODD.md 7.7).
                double reservation = ws.reservationWage[w] * ws.weightAtNeed[w] / ws.moneyWeight[w];
                if (ws.recentPay[w] / ws.recentHours[w] < reservation) cause |= LOW_WAGE;
            }
            if (day - ws.lastHarmNotifiedDay[w] <= p.harmMemoryDays()) cause |= HARMED;
            r.seed(RandomStreams.substream(m.exitSeed, day, w));
            if (!Draw.bernoulli(r, exitProbability[cause])) continue;
            ws.active[w] = false;
            ws.exitDay[w] = day;
            // Leaving, the worker asks for its data to be erased; the country's data protection decides whether that is honoured.
            if (Draw.bernoulli(r, m.countries.dataProtection[ws.country[w]])) ws.erased[w] = true;
            // Copies held by processors abroad are erased under their protection, one draw per transferring type.
            for (RequesterType t : transferring) {
                if (Draw.bernoulli(r, m.scenario.requesters().get(t).processorDataProtection())) ws.erasedAbroad[w] |= 1 << t.ordinal();
            }
            left.add(w);
        }
    }

    /**
     * Entrants of the day: country k weighs s_k (1 + beta P_k) rho_k^epsilon, and the day's
     * expected entrants are the base rate times the weights' sum over their sum on the first
     * recorded day (in the burn-in, over today's: the base rate), so a country whose conditions
     * worsen, or whose platform pay rises against its local wage, brings more workers, not only
     * a larger share of the same number (7.7).
     */
    private void entries(int day) {
        MersenneTwisterFast r = m.entryExitRng;
        double boost = m.scenario.workers().entryPressureBoost();
        double pressureTotal = 0;
        double total = 0;
        for (int k = 0; k < entryWeights.length; k++) {
            double weight = m.countries.workerShare[k] * (1 + boost * m.meanPressure[k]);
            pressureTotal += weight;
            entryWeights[k] = weight * Math.pow(payRatio(k, day), wageElasticity);
            total += entryWeights[k];
        }
        if (day >= 0 && Double.isNaN(referenceWeight)) referenceWeight = pressureTotal;
        double rate = Double.isNaN(referenceWeight) ? entryRate : entryRate * total / referenceWeight;
        int n = Draw.poisson(r, rate);
        if (n == 0) return;
        for (int i = 0; i < n; i++) {
            int k = Draw.weighted(r, entryWeights, total);
            int w = m.workers.add();
            m.population.initWorker(w, k, day + 1, r);
            ForumNetwork.connectEntrant(m, w, m.forumRng);
            m.stats.entriesByCountry[k]++;
        }
        m.stats.entries += n;
        m.stats.dayEntries += n;
    }

    /**
     * rho_k: what the platforms are paying country k's workers per hour (all platforms' decaying
     * sums, 7.10) over the local alternative wage in force, relative to that ratio on the first
     * recorded day on which k's workers had worked; 1 before then and while they have not. Both
     * wages are spent in k, so the ratio is the same in local purchasing power.
     */
    private double payRatio(int k, int day) {
        if (day < 0 || wageElasticity == 0) return 1;
        double pay = 0, hours = 0;
        for (Platform on : m.platforms) {
            pay += on.recentPay[k];
            hours += on.recentHours[k];
        }
        if (hours <= 0 || pay <= 0) return 1;
        double ratio = pay / hours / m.countries.localHourlyWage[k];
        if (Double.isNaN(referenceRatio[k])) referenceRatio[k] = ratio;
        return ratio / referenceRatio[k];
    }
}
