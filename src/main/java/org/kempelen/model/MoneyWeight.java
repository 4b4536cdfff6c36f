package org.kempelen.model;

import org.kempelen.scenario.EconomyParams;

/**
 * Pressure and the weight of a platform dollar (docs/ODD.md 7.1). Resources c = income from
 * outside the platform (other income, or a safety-net benefit for a worker without it) +
 * savings / H per day, need L = daily living cost, shortfall s = 1 - c / L, P = clamp(s, 0, 1).
 * Under a Stone–Geary utility with subsistence theta L and curvature eta, the marginal utility
 * of a nominal dollar relative to the reference worker's when its needs are just met is
 * m = b N^eta, with b = ppp^(1 - eta) (L_ref / L)^eta (the weight at need, c = L) and the need
 * multiplier N = (1 - theta) / max(1 - theta - s, (1 - theta) / cap) = (L - theta L) / (c - theta L).
 * N = 1 at c = L, below 1 above need, and rises without bound, up to the cap, as resources fall
 * toward subsistence.
 */
final class MoneyWeight {
    private final double referenceDaily;
    private final double room;
    private final double surplusFloor;
    private final double eta;
    private final double runway;

    MoneyWeight(EconomyParams e) {
        referenceDaily = e.referenceLivingCostMonthly() / Countries.DAYS_PER_MONTH;
        room = 1 - e.subsistenceShare();
        surplusFloor = room / e.maxNeedWeight();
        eta = e.curvature();
        runway = e.runwayDays();
    }

    /** Sets worker w's P, m and b (the weight at need) from its income, savings and living cost and its country's purchasing power. */
    void update(Workers ws, int w, Countries cs) {
        double shortfall = shortfall(ws.income(w), ws.savings[w], ws.livingCost[w]);
        double atNeed = atNeed(ws.livingCost[w], cs.pppFactor[ws.country[w]]);
        ws.pressure[w] = pressure(shortfall);
        ws.weightAtNeed[w] = atNeed;
        ws.moneyWeight[w] = weight(atNeed, shortfall);
    }

    /** s = 1 - c / L: negative when resources exceed need. */
    double shortfall(double otherIncome, double savings, double need) {
        return 1 - (otherIncome + savings / runway) / need;
    }

    static double pressure(double shortfall) {
        return Math.max(0, Math.min(1, shortfall));
    }

    /** b: the weight of a dollar to a worker of this need and purchasing power whose needs are just met. */
    double atNeed(double need, double ppp) {
        double ratio = referenceDaily / need;
        return eta == 1 ? ratio : Math.pow(ppp, 1 - eta) * Math.pow(ratio, eta);
    }

    /** m = b N(s)^eta. */
    double weight(double atNeed, double shortfall) {
        double n = room / Math.max(room - shortfall, surplusFloor);
        return atNeed * (eta == 1 ? n : Math.pow(n, eta));
    }
}
