package org.kempelen.model;

import org.kempelen.scenario.Shock;
import org.kempelen.scenario.ShockKind;
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
    private final double targetDays;
    /** Share of the savings above the buffer kept each day: 1 - 1/H. */
    private final double keep;

    EconomyPhase(MarketModel m) {
        this.m = m;
        this.decay = Math.exp(-1.0 / m.scenario.workers().wageMemoryDays());
        this.pressureSum = new double[m.countries.count];
        this.targetDays = m.scenario.economy().savingsTargetDays();
        this.keep = 1 - 1 / Math.max(1, m.scenario.economy().runwayDays());
    }

    @Override
    public void step(SimState state) {
        int day = m.day();
        applyShocks(day);
        Workers ws = m.workers;
        java.util.Arrays.fill(pressureSum, 0);
        java.util.Arrays.fill(m.activeByCountry, 0);
        boolean recorded = day >= 0;
        for (int i = 0; i < ws.activeCount; i++) {
            int w = ws.activeIds[i];
            ws.recentPay[w] *= decay;
            ws.recentHours[w] *= decay;
            ws.savings[w] = save(ws.savings[w] + ws.otherIncome[w] - ws.livingCost[w], ws.livingCost[w]);
            m.moneyWeight.update(ws, w, m.countries);
            pressureSum[ws.country[w]] += ws.pressure[w];
            m.activeByCountry[ws.country[w]]++;
            if (recorded) {
                ws.pressureSum[w] += ws.pressure[w];
                ws.recordedDays[w]++;
            }
        }
        for (int k = 0; k < pressureSum.length; k++) {
            m.meanPressure[k] = m.activeByCountry[k] == 0 ? 0 : pressureSum[k] / m.activeByCountry[k];
        }
        m.stats.workerDays += ws.activeCount;
    }

    /** Savings after today's income and living cost: never negative (no debt); the part above the buffer is spent over H days. */
    private double save(double savings, double livingCost) {
        double buffer = targetDays * livingCost;
        return savings > buffer ? buffer + (savings - buffer) * keep : Math.max(0, savings);
    }

    private void applyShocks(int day) {
        Countries cs = m.countries;
        for (int k = 0; k < cs.count; k++) {
            for (Shock s : cs.shocks.get(k)) {
                if (s.day() == day) apply(k, s);
            }
        }
    }

    /**
     * One shock to country k: the country's values in force (for entrants) and every active
     * worker of k. Money is in USD, so a currency collapse shrinks what is held or earned in the
     * local currency while platform pay keeps its dollar value (docs/ODD.md 7.1).
     */
    private void apply(int k, Shock s) {
        Countries cs = m.countries;
        Workers ws = m.workers;
        double f = s.factor();
        double g = s.livingCostFactor();
        double lose = s.incomeLossShare();
        boolean collapse = s.kind() == ShockKind.currencyCollapse;
        boolean incomeLoss = s.kind() == ShockKind.incomeLoss;
        // Local money (incomes, wages) in USD moves with f in a collapse and an income loss; savings only in a collapse.
        double local = collapse || incomeLoss ? f : 1;
        cs.livingCostDaily[k] *= g;
        cs.pppFactor[k] /= g;
        cs.otherIncomeFactor[k] *= local;
        cs.localHourlyWage[k] *= local;
        if (collapse) cs.minimumWageHourly[k] *= f;
        cs.noOtherIncomeShare[k] += (1 - cs.noOtherIncomeShare[k]) * lose;
        for (int i = 0; i < ws.activeCount; i++) {
            int w = ws.activeIds[i];
            if (ws.country[w] != k) continue;
            ws.livingCost[w] *= g;
            ws.reservationWage[w] *= local;
            if (collapse) ws.savings[w] *= f;
            if (ws.otherIncome[w] > 0 && Draw.bernoulli(m.economyRng, lose)) ws.otherIncome[w] = 0;
            else ws.otherIncome[w] *= local;
        }
    }
}
