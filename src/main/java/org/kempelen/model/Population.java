package org.kempelen.model;

import ec.util.MersenneTwisterFast;
import org.kempelen.scenario.CategoryParams;
import org.kempelen.scenario.WorkerParams;

/**
 * The workers as they enter: the initial population and each entrant's attributes drawn from its
 * country (docs/ODD.md section 5), and the prior risk beliefs they start from and decay back to.
 */
final class Population {
    private static final int C = MarketModel.C;

    private final MarketModel m;
    /** Prior risk belief per country x category (known risk x country prior, at most 1). */
    private final double[] priorBelief;
    /** Per country x platform, the share of workers registered on it; per country their sum. */
    private final double[] workforceShares;
    private final double[] workforceTotal;
    private final double[] scratch;

    Population(MarketModel m) {
        this.m = m;
        int n = m.platforms.length;
        workforceShares = new double[m.countries.count * n];
        workforceTotal = new double[m.countries.count];
        scratch = new double[n];
        for (int k = 0; k < m.countries.count; k++) {
            for (Platform p : m.platforms) {
                workforceShares[k * n + p.index] = p.params.workforceShare(m.countries.code[k]);
                workforceTotal[k] += workforceShares[k * n + p.index];
            }
        }
        int countries = m.countries.count;
        priorBelief = new double[countries * C];
        for (int k = 0; k < countries; k++) {
            for (int c = 0; c < C; c++) priorBelief[k * C + c] = Math.min(1, m.category[c].knownRisk() * m.countries.riskPrior[k]);
        }
    }

    /** The initial workers, by country share, from the population stream; then their forum. */
    void create() {
        double[] shares = m.countries.workerShare.clone();
        double total = 0;
        for (double s : shares) total += s;
        int n = m.scenario.population();
        for (int i = 0; i < n; i++) {
            int k = Draw.weighted(m.populationRng, shares, total);
            initWorker(m.workers.add(), k, m.firstDay(), m.populationRng);
        }
        ForumNetwork.build(m, m.forumRng);
    }

    /** Draws worker w's attributes as of entering from country k on {@code day} (docs/ODD.md 2.3 and 5; entrants 7.7). */
    void initWorker(int w, int k, int day, MersenneTwisterFast r) {
        WorkerParams p = m.scenario.workers();
        Countries cs = m.countries;
        Workers ws = m.workers;
        ws.country[w] = (short) k;
        ws.entryDay[w] = day;
        for (int i = 0; i < ws.platforms; i++) ws.lastLoginDay[w * ws.platforms + i] = day;
        if (ws.platforms > 1) ws.registered[w] = register(k);
        ws.livingCost[w] = Draw.lognormal(r, cs.livingCostDaily[k], p.livingCostDispersion());
        boolean noOther = Draw.bernoulli(r, cs.noOtherIncomeShare[k]);
        double otherMedian = cs.localHourlyWage[k] * p.otherIncomeHoursPerDay() * cs.otherIncomeFactor[k];
        double other = Draw.lognormal(r, otherMedian, p.otherIncomeDispersion());
        ws.otherIncome[w] = noOther ? 0 : other;
        ws.savings[w] = Draw.lognormal(r, p.initialSavingsDays() * ws.livingCost[w], p.savingsDispersion());
        double logit = Math.log(p.skillMedian() / (1 - p.skillMedian()));
        ws.skill[w] = Draw.logistic(logit + p.skillDispersion() * r.nextGaussian());
        ws.hoursPerDay[w] = Math.min(16, Draw.lognormal(r, p.hoursPerDay(), p.hoursDispersion()));
        ws.reservationWage[w] = Draw.lognormal(r, cs.localHourlyWage[k] * p.reservationWageRatio(), p.reservationWageDispersion());
        for (int c = 0; c < C; c++) {
            CategoryParams cp = m.category[c];
            double v = Draw.lognormal(r, cp.medianWta(), cp.wtaDispersion());
            if (Draw.bernoulli(r, cp.refuserShare())) v *= cp.refuserMultiplier();
            ws.wta[w * C + c] = v * cs.privacyAttitude[k];
            ws.belief[w * C + c] = prior(k, c);
        }
        // Drawn last and always, so that workers are the same whatever the country's social protection.
        ws.netRank[w] = (float) r.nextDouble();
        ws.setBenefit(w, cs);
        // Drawn after the rank, so that the attributes drawn before it stay as they were (7.4.2).
        // 1/speed has mean 1: dispersion spreads what workers earn per hour without changing the time the average task takes.
        double sigma = p.speedDispersion();
        ws.speed[w] = (float) Draw.lognormal(r, Math.exp(sigma * sigma / 2), sigma);
        m.moneyWeight.update(ws, w, cs);
    }

    /**
     * The platforms an entering worker registers on, as bits: each independently with its
     * workforce share; none drawn, one drawn by the shares (registration stream, docs/ODD.md 7.10).
     */
    private int register(int k) {
        MersenneTwisterFast r = m.registrationRng;
        int n = m.platforms.length;
        int mask = 0;
        for (int p = 0; p < n; p++) if (Draw.bernoulli(r, workforceShares[k * n + p])) mask |= 1 << p;
        if (mask != 0) return mask;
        System.arraycopy(workforceShares, k * n, scratch, 0, n);
        return 1 << Draw.weighted(r, scratch, workforceTotal[k]);
    }

    /** Prior risk belief of a worker of country k for category c. */
    double prior(int k, int c) {
        return priorBelief[k * C + c];
    }
}
