package org.kempelen.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.kempelen.scenario.CategoryParams;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.DecisionParams;
import org.kempelen.scenario.Disclosure;
import org.kempelen.scenario.PlatformParams;
import org.kempelen.scenario.WorkerParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 3: workers log in (more often under pressure), are shown offers, spend unpaid time
 * finding them, and accept each with probability 1 / (1 + exp(-U)) where
 * U = alpha [ m pay - b w_res hours - privacyCost ] (docs/ODD.md 7.4). The loop allocates nothing.
 */
final class WorkPhase implements Steppable {
    private static final int C = DataCategory.COUNT;
    private static final int ID = DataCategory.ID_DOCUMENT.ordinal();

    private final MarketModel m;
    private final PlatformParams platform;
    private final WorkerParams wp;
    private final DecisionParams dp;
    private final boolean auction;
    /** Per country: open campaigns with room for it today, weighted by the quota they still want from it. */
    private final OfferIndex offers;
    /** Per country, the day from which choices count as after the shock (switchers.csv). */
    private final int[] switchDay;
    private int[] order = new int[0];

    WorkPhase(MarketModel m) {
        this.m = m;
        this.platform = m.scenario.platform();
        this.wp = m.scenario.workers();
        this.dp = m.scenario.decision();
        this.auction = m.pricing.workersBid();
        this.offers = new OfferIndex(m.countries.count);
        this.switchDay = m.countries.switchDay;
    }

    @Override
    public void step(SimState state) {
        int day = m.day();
        buildOffers();
        Workers ws = m.workers;
        MersenneTwisterFast r = m.choiceRng;
        int n = ws.activeCount;
        if (order.length < n) order = new int[ws.capacity];
        System.arraycopy(ws.activeIds, 0, order, 0, n);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i = 0; i < n; i++) {
            int w = order[i];
            double pLogin = wp.loginProbability() + wp.loginPressureBoost() * ws.pressure[w];
            if (!Draw.bernoulli(r, pLogin)) continue;
            ws.lastLoginDay[w] = day;
            visit(w, day, r);
        }
    }

    /** Index of offers per country, weighted by the quota each campaign still wants from it. */
    private void buildOffers() {
        int countries = m.countries.count;
        offers.clear();
        for (Campaign c : m.open) {
            for (int k = 0; k < countries; k++) {
                int left = c.remaining(k);
                if (left > 0) offers.add(k, c, left);
            }
        }
        offers.build();
    }

    private void visit(int w, int day, MersenneTwisterFast r) {
        Workers ws = m.workers;
        MarketStats st = m.stats;
        int k = ws.country[w];
        if (offers.count(k) == 0) return;
        double minutesLeft = ws.hoursPerDay[w] * 60;
        double search = platform.searchMinutesPerOffer();
        double unpaid = 0;
        double worked = 0;
        int wanted = platform.offersPerLogin();
        // Offers are drawn without replacement within a visit: each campaign is seen (or found closed to the worker) once.
        for (int shown = 0; shown < wanted && minutesLeft >= search; ) {
            int slot = offers.draw(k, r.nextDouble());
            if (slot < 0) break;
            offers.remove(k, slot);
            Campaign c = offers.campaign(k, slot);
            // Not open to this worker: the platform does not show it.
            if (c.remaining(k) <= 0 || c.category.isPersonalData() && c.hasContributed(w) || auction && c.hasBid(w)) continue;
            Requester q = c.requester;
            if (q.failedQualification.contains(w)) continue;
            long priceCents = MarketModel.cents(c.price[k]);
            if (c.legitimate && m.grossCents(priceCents) > c.budgetLeftCents) continue;
            shown++;
            minutesLeft -= search;
            unpaid += search;
            st.unpaidSearchMinutes += search;
            st.offersShown++;
            st.dayOffersShown++;
            boolean needsTest = c.qualificationMinutes > 0 && !q.qualified.contains(w);
            double minutes = c.taskMinutes + (needsTest ? c.qualificationMinutes : 0);
            if (minutes > minutesLeft) continue;

            int cat = c.category.ordinal();
            double pay = c.price[k] * m.workerNetShare;
            double p = ws.pressure[w];
            double mw = ws.moneyWeight[w];
            double atNeed = ws.weightAtNeed[w];
            double cost = Decision.timeCost(atNeed, ws.reservationWage[w], minutes) + privacyCost(w, c, k, cat);
            double utility = Decision.utility(dp.alpha(), mw, pay, cost);
            double probability = Draw.logistic(utility);
            int i = k * C + cat;
            int band = MarketStats.band(p);
            st.offersEvaluated++;
            st.dayOffersEvaluated++;
            st.offers[i]++;
            int ti = c.type().ordinal() * C + cat;
            st.typeOffers[ti]++;
            st.bandOffers[band * C + cat]++;
            st.countryBandOffers[(k * MarketStats.BANDS + band) * C + cat]++;
            st.binOffers[st.bin(p) * C + cat]++;
            st.expectedAccepted[i] += probability;
            // The same offer to the same worker without pressure; no draw, so nothing else changes.
            st.expectedAcceptedUnpressured[i] += mw <= atNeed ? probability : Draw.logistic(Decision.utility(dp.alpha(), atNeed, pay, cost));
            boolean accept;
            long bidCents = 0;
            if (auction) {
                // Asking price: the pay at which U + eps = 0, eps logistic; it bids if that is within the reserve.
                double e = r.nextDouble();
                double eps = Math.log(e / (1 - e));
                double ask = (cost - eps / dp.alpha()) / mw / m.workerNetShare;
                bidCents = MarketModel.cents(Math.max(ask, m.pricing.floorPrice(c)));
                accept = bidCents <= priceCents;
            } else {
                accept = r.nextDouble() < probability;
            }
            ws.recordChoice(w, cat, accept, day < switchDay[k]);
            if (!accept) continue;
            st.accepted[i]++;
            st.typeAccepted[ti]++;
            st.dayAccepted[cat]++;
            st.bandAccepted[band * C + cat]++;
            st.countryBandAccepted[(k * MarketStats.BANDS + band) * C + cat]++;
            st.binAccepted[st.bin(p) * C + cat]++;
            // Under an auction the price that matters is the worker's bid, not the reserve.
            double agreed = auction ? bidCents / 100.0 : c.price[k];
            st.acceptedPriceSum[i] += agreed;
            st.dayPriceSum[cat] += agreed;
            if (needsTest) {
                minutesLeft -= c.qualificationMinutes;
                unpaid += c.qualificationMinutes;
                st.unpaidQualificationMinutes += c.qualificationMinutes;
                st.qualificationAttempts[i]++;
                st.dayQualificationAttempts++;
                if (Draw.bernoulli(r, c.difficulty * (1 - ws.skill[w]))) {
                    st.qualificationFailures[i]++;
                    st.dayQualificationFailures++;
                    q.failedQualification.add(w);
                    continue;
                }
                q.qualified.add(w);
            }
            if (auction) {
                // The bid holds the task's time: a worker bids only for work it could do today.
                minutesLeft -= c.taskMinutes;
                c.addBid(bidCents, w);
            } else {
                minutesLeft -= c.taskMinutes;
                worked += c.taskMinutes;
                m.submit(w, c, k, priceCents, day);
            }
        }
        offers.endVisit();
        ws.unpaidMinutes[w] += unpaid;
        st.dayUnpaidMinutes += unpaid;
        ws.recentHours[w] += (unpaid + worked) / 60.0;
    }

    /**
     * wta x (intrinsic share + (1 - intrinsic share) x perceived / known risk) x (1 + idDistrust for ID
     * documents). What the worker perceives depends on disclosure (MODEL.md section 3, step 3).
     */
    private double privacyCost(int w, Campaign c, int k, int cat) {
        Workers ws = m.workers;
        double wta = ws.wta[w * C + cat];
        // Nothing to give up costs nothing (and a category with no price may have no known risk to scale by).
        if (cat == 0 || wta == 0) return 0;
        CategoryParams cp = m.category[cat];
        double belief = ws.belief[w * C + cat];
        double perceived;
        Disclosure d = platform.disclosure();
        if (d == Disclosure.FULL) {
            // A scam cannot be seen through: under FULL it shows a made-up, ordinary profile.
            perceived = c.legitimate ? c.trueRisk : cp.knownRisk();
        } else if (d == Disclosure.CATEGORY) {
            perceived = c.anonymous ? belief * dp.ambiguityPremium() : cp.knownRisk();
        } else {
            perceived = c.anonymous || !c.purposeDisclosed ? belief * dp.ambiguityPremium() : belief;
        }
        double intrinsic = dp.intrinsicPrivacyShare();
        double cost = wta * (intrinsic + (1 - intrinsic) * perceived / cp.knownRisk());
        return cat == ID ? cost * (1 + m.countries.idDistrust[k]) : cost;
    }
}
