package org.kempelen.model;

import org.kempelen.scenario.Shock;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 1: due country shocks apply; every active worker earns other income and spends living
 * cost; savings, pressure P and money weight m are recomputed.
 */
final class EconomyPhase implements Steppable {
    private final MarketModel m;
    private final double decay;
    private final double[] pressureSum;

    EconomyPhase(MarketModel m) {
        this.m = m;
        this.decay = Math.exp(-1.0 / m.scenario.workers().wageMemoryDays());
        this.pressureSum = new double[m.countries.count];
    }

    @Override
    public void step(SimState state) {
        int day = m.day();
        applyShocks(day);
        Workers ws = m.workers;
        java.util.Arrays.fill(pressureSum, 0);
        java.util.Arrays.fill(m.activeByCountry, 0);
        for (int i = 0; i < ws.activeCount; i++) {
            int w = ws.activeIds[i];
            ws.recentPay[w] *= decay;
            ws.recentHours[w] *= decay;
            ws.savings[w] = Math.max(0, ws.savings[w] + ws.otherIncome[w] - ws.livingCost[w]);
            m.updatePressure(w);
            pressureSum[ws.country[w]] += ws.pressure[w];
            m.activeByCountry[ws.country[w]]++;
        }
        for (int k = 0; k < pressureSum.length; k++) {
            m.meanPressure[k] = m.activeByCountry[k] == 0 ? 0 : pressureSum[k] / m.activeByCountry[k];
        }
        m.stats.workerDays += ws.activeCount;
    }

    private void applyShocks(int day) {
        Countries cs = m.countries;
        Workers ws = m.workers;
        for (int k = 0; k < cs.count; k++) {
            for (Shock s : cs.shocks.get(k)) {
                if (s.day() != day) continue;
                double before = cs.noOtherIncomeShare[k];
                double after = Math.max(0, Math.min(1, before + s.noOtherIncomeShareDelta()));
                cs.livingCostDaily[k] *= s.livingCostFactor();
                cs.otherIncomeFactor[k] *= s.otherIncomeFactor();
                cs.noOtherIncomeShare[k] = after;
                // Of those with income, the share that loses it so that the country's share moves from before to after.
                double lose = after > before && before < 1 ? (after - before) / (1 - before) : 0;
                double gain = after < before && before > 0 ? (before - after) / before : 0;
                double incomeMedian = cs.localHourlyWage[k] * m.scenario.workers().otherIncomeHoursPerDay() * cs.otherIncomeFactor[k];
                for (int i = 0; i < ws.activeCount; i++) {
                    int w = ws.activeIds[i];
                    if (ws.country[w] != k) continue;
                    ws.livingCost[w] *= s.livingCostFactor();
                    ws.otherIncome[w] *= s.otherIncomeFactor();
                    if (ws.otherIncome[w] > 0 && Draw.bernoulli(m.economyRng, lose)) {
                        ws.otherIncome[w] = 0;
                    } else if (ws.otherIncome[w] == 0 && Draw.bernoulli(m.economyRng, gain)) {
                        ws.otherIncome[w] = Draw.lognormal(m.economyRng, incomeMedian, m.scenario.workers().otherIncomeDispersion());
                    }
                }
            }
        }
    }
}
