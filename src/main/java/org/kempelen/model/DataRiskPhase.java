package org.kempelen.model;

import org.kempelen.scenario.DataCategory;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 5: stored data is breached (a campaign's store at most once, with its daily hazard while
 * held) or misused (items whose misuse day has come). Harm lands on the worker; the worker is
 * told with its country's data-protection probability, which raises its belief and its forum
 * contacts' beliefs. Beliefs decay toward the prior.
 */
final class DataRiskPhase implements Steppable, WorkCrew.Job {
    private static final int C = DataCategory.COUNT;

    private final MarketModel m;
    private final double decay;
    private final double[] beliefSum;
    private final BlockSums beliefSums;

    DataRiskPhase(MarketModel m) {
        this.m = m;
        this.decay = Math.pow(0.5, 1.0 / m.scenario.risk().beliefHalfLifeDays());
        this.beliefSum = new double[m.countries.count * C];
        this.beliefSums = new BlockSums(m.countries.count * C);
    }

    @Override
    public void step(SimState state) {
        int day = m.day();
        breaches(day);
        misuse(day);
        decayBeliefs();
    }

    private void breaches(int day) {
        for (Campaign c : m.open) breach(c, day);
        for (Campaign c : m.stored) breach(c, day);
    }

    private void breach(Campaign c, int day) {
        if (c.breached || !c.category.isPersonalData() || c.breachHazardPerYear == 0) return;
        double p = 1 - Math.exp(-c.breachHazardPerYear / 365.0);
        if (!Draw.bernoulli(m.riskRng, p)) return;
        int[] who = c.contributorIds();
        if (who.length == 0) return;
        c.breached = true;
        c.breachDay = day;
        m.stats.breaches++;
        m.stats.dayBreaches++;
        for (int w : who) m.harm(w, c, day);
    }

    private void misuse(int day) {
        MisuseCalendar cal = m.misuse;
        int n = cal.count(day);
        for (int i = 0; i < n; i++) {
            Campaign c = cal.campaign(day, i);
            c.misuseEvents++;
            m.harm(cal.worker(day, i), c, day);
        }
        m.stats.misuses += n;
        m.stats.dayMisuses += n;
        cal.release(day);
    }

    /** Beliefs decay toward the prior, in parallel by blocks of workers; per-country means from the blocks' sums in block order. */
    private void decayBeliefs() {
        int blocks = BlockSums.blocks(m.workers.activeCount);
        beliefSums.clear(blocks);
        m.crew.run(this, blocks);
        beliefSums.total(blocks, beliefSum);
        for (int k = 0; k < m.countries.count; k++) {
            int n = m.activeByCountry[k];
            for (int c = 0; c < C; c++) m.meanBelief[k * C + c] = c == 0 ? 0 : n == 0 ? Double.NaN : beliefSum[k * C + c] / n;
        }
    }

    @Override
    public void run(int b, int thread) {
        Workers ws = m.workers;
        for (int i = b * BlockSums.BLOCK, end = Math.min(ws.activeCount, i + BlockSums.BLOCK); i < end; i++) {
            int w = ws.activeIds[i];
            int k = ws.country[w];
            for (int c = 1; c < C; c++) {
                double prior = m.population.prior(k, c);
                double v = prior + (ws.belief[w * C + c] - prior) * decay;
                ws.belief[w * C + c] = v;
                beliefSums.add(b, k * C + c, v);
            }
        }
    }
}
