package org.kempelen.model;

import org.kempelen.scenario.Shock;
import org.kempelen.scenario.ShockKind;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 1: due country shocks apply; every active worker earns other income and spends living
 * cost; savings, pressure P and money weight m are recomputed (in parallel by blocks of workers:
 * each worker's update reads only its own state).
 */
final class EconomyPhase implements Steppable, WorkCrew.Job {
    private final MarketModel m;
    private final double decay;
    private final double[] pressureSum;
    private final double[] active;
    /** Per block of workers, sums of P and active counts per country (the pass runs in parallel). */
    private final BlockSums pressureSums;
    private final BlockSums activeSums;
    private int day;
    private final double targetDays;
    /** Share of the savings above the buffer kept each day: 1 - 1/H. */
    private final double keep;

    EconomyPhase(MarketModel m) {
        this.m = m;
        this.decay = Math.exp(-1.0 / m.scenario.workers().wageMemoryDays());
        this.pressureSum = new double[m.countries.count];
        this.active = new double[m.countries.count];
        this.pressureSums = new BlockSums(m.countries.count);
        this.activeSums = new BlockSums(m.countries.count);
        this.targetDays = m.scenario.economy().savingsTargetDays();
        this.keep = 1 - 1 / Math.max(1, m.scenario.economy().runwayDays());
    }

    @Override
    public void step(SimState state) {
        day = m.day();
        applyShocks(day);
        int n = m.workers.activeCount;
        int blocks = BlockSums.blocks(n);
        pressureSums.clear(blocks);
        activeSums.clear(blocks);
        m.crew.run(this, blocks);
        pressureSums.total(blocks, pressureSum);
        activeSums.total(blocks, active);
        for (int k = 0; k < pressureSum.length; k++) {
            m.activeByCountry[k] = (int) active[k];
            m.meanPressure[k] = m.activeByCountry[k] == 0 ? 0 : pressureSum[k] / m.activeByCountry[k];
        }
        m.stats.workerDays += n;
    }

    /** Block b of the active workers: income, living cost, savings, P, m and b; its sums of P and counts per country. */
    @Override
    public void run(int b, int thread) {
        Workers ws = m.workers;
        boolean recorded = day >= 0;
        for (int i = b * BlockSums.BLOCK, end = Math.min(ws.activeCount, i + BlockSums.BLOCK); i < end; i++) {
            int w = ws.activeIds[i];
            ws.recentPay[w] *= decay;
            ws.recentHours[w] *= decay;
            ws.savings[w] = save(ws.savings[w] + ws.income(w) - ws.livingCost[w], ws.livingCost[w]);
            m.moneyWeight.update(ws, w, m.countries);
            pressureSums.add(b, ws.country[w], ws.pressure[w]);
            activeSums.add(b, ws.country[w], 1);
            if (recorded) {
                ws.pressureSum[w] += ws.pressure[w];
                ws.recordedDays[w]++;
            }
        }
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
        if (s.kind() == ShockKind.safetyNet) {
            setSafetyNet(k, s.safetyNetCoverage(), s.safetyNetBenefit());
            return;
        }
        // Local money (incomes, wages) in USD moves with f in a collapse and an income loss; savings only in a collapse.
        double local = collapse || incomeLoss ? f : 1;
        cs.livingCostDaily[k] *= g;
        cs.pppFactor[k] /= g;
        cs.otherIncomeFactor[k] *= local;
        cs.localHourlyWage[k] *= local;
        if (collapse) cs.minimumWageHourly[k] *= f;
        // Benefits are paid in the local currency: their dollar value moves as other local income in a collapse, and
        // they are as sticky as wages when prices rise, so as a share of the living cost in force they change by f / g.
        cs.safetyNetBenefit[k] *= (collapse ? f : 1) / g;
        cs.noOtherIncomeShare[k] += (1 - cs.noOtherIncomeShare[k]) * lose;
        for (int i = 0; i < ws.activeCount; i++) {
            int w = ws.activeIds[i];
            if (ws.country[w] != k) continue;
            ws.livingCost[w] *= g;
            ws.reservationWage[w] *= local;
            if (collapse) {
                ws.savings[w] *= f;
                ws.benefit[w] *= f;
            }
            if (ws.otherIncome[w] > 0 && Draw.bernoulli(m.economyRng, lose)) ws.otherIncome[w] = 0;
            else ws.otherIncome[w] *= local;
        }
    }

    /**
     * Social protection of country k becomes (coverage, benefit share) from today: for entrants,
     * and for every active worker of k by its rank drawn at entry, so that raising coverage covers
     * more of the same workers (those with the lowest ranks) rather than others.
     */
    private void setSafetyNet(int k, double coverage, double benefitShare) {
        Countries cs = m.countries;
        Workers ws = m.workers;
        cs.safetyNetCoverage[k] = coverage;
        cs.safetyNetBenefit[k] = benefitShare;
        for (int i = 0; i < ws.activeCount; i++) {
            int w = ws.activeIds[i];
            if (ws.country[w] == k) ws.setBenefit(w, cs);
        }
    }
}
