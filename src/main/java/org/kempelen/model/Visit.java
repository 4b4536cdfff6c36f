package org.kempelen.model;

import org.kempelen.scenario.CategoryParams;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.DecisionParams;
import org.kempelen.scenario.Disclosure;
import org.kempelen.scenario.PlatformParams;
import org.kempelen.scenario.WorkerParams;

/**
 * One thread's way of deciding a worker's day (docs/ODD.md 7.4): it logs in (more often under
 * pressure), is shown offers, spends unpaid time finding them, and accepts each with probability
 * 1 / (1 + exp(-U)), U = alpha [ m pay - b w_res hours - privacyCost ]. It only reads the market
 * and writes what it decided into a {@link VisitLog}; {@link WorkPhase} commits it in order. Its random
 * numbers come from the worker's own stream for the day, so deciding it again gives the same
 * numbers. Allocates nothing.
 */
final class Visit {
    private static final int C = DataCategory.COUNT;
    private static final int ID = DataCategory.ID_DOCUMENT.ordinal();

    private final MarketModel m;
    /** Per platform: its offer index and this thread's draws from it. */
    private final OfferIndex[] indexes;
    private final OfferDraws[] allDraws;
    private final SplitMixRandom rng = new SplitMixRandom();
    private final SplitMixRandom platformRng = new SplitMixRandom();
    private final long choiceSeed;
    private final long platformChoiceSeed;
    private final WorkerParams wp;
    private final DecisionParams dp;
    private final int bins;
    /** Today's weight of each platform for a worker of each country (several platforms only, {@link WorkPhase}). */
    private final double[] platformWeights;
    /** The visit's platform, its rules and its offers (set at each login). */
    private Platform on;
    private PlatformParams platform;
    private OfferIndex offers;
    private OfferDraws draws;
    private boolean auction;
    /** Qualification tests taken in this visit, not yet in the requesters' sets: requester and whether passed. */
    private Requester[] tested = new Requester[4];
    private boolean[] passed = new boolean[4];
    private int testedCount;

    Visit(MarketModel m, OfferIndex[] indexes, double[] platformWeights) {
        this.m = m;
        this.indexes = indexes;
        this.allDraws = new OfferDraws[indexes.length];
        for (int i = 0; i < indexes.length; i++) allDraws[i] = new OfferDraws(indexes[i], m.countries.count);
        this.platformWeights = platformWeights;
        this.choiceSeed = RandomStreams.streamSeed(m.scenario.seed(), RandomStreams.CHOICES);
        this.platformChoiceSeed = RandomStreams.streamSeed(m.scenario.seed(), RandomStreams.PLATFORM_CHOICE);
        this.wp = m.scenario.workers();
        this.dp = m.scenario.decision();
        this.bins = m.scenario.analysis().regressionBins();
    }

    /**
     * The platform worker w of country k visits on {@code day}: its only one, or one of those it is
     * registered on by today's weights, from its own substream of the platform-choice stream (7.10).
     */
    private int platformOf(int w, int k, int day) {
        Workers ws = m.workers;
        int n = ws.platforms;
        if (n == 1) return 0;
        int mask = ws.registered[w];
        if (Integer.bitCount(mask) == 1) return Integer.numberOfTrailingZeros(mask);
        double total = 0;
        for (int p = 0; p < n; p++) if ((mask & 1 << p) != 0) total += platformWeights[k * n + p];
        platformRng.seed(RandomStreams.substream(platformChoiceSeed, day, w));
        double u = platformRng.nextDouble() * total;
        int last = 0;
        for (int p = 0; p < n; p++) {
            if ((mask & 1 << p) == 0) continue;
            last = p;
            u -= platformWeights[k * n + p];
            if (u < 0) return p;
        }
        return last;
    }

    private void visitOn(int p) {
        on = m.platforms[p];
        platform = on.params;
        offers = indexes[p];
        draws = allDraws[p];
        auction = on.pricing.workersBid();
    }

    /** Worker w's login and visit on {@code day}, written to position p of the log. */
    void decide(int w, int day, VisitLog log, int p) {
        Workers ws = m.workers;
        rng.seed(RandomStreams.substream(choiceSeed, day, w));
        int k = ws.country[w];
        double pressure = ws.pressure[w];
        log.start(p, w, k);
        if (!Draw.bernoulli(rng, wp.loginProbability() + wp.loginPressureBoost() * pressure)) return;
        log.loggedIn[p] = true;
        log.band[p] = MarketStats.band(pressure);
        log.bin[p] = MarketStats.bin(pressure, bins);
        int visited = platformOf(w, k, day);
        log.platform[p] = (byte) visited;
        visitOn(visited);
        if (offers.count(k) == 0) return;
        testedCount = 0;
        boolean before = day < m.countries.switchDay[k];
        // Need lengthens the working day, up to the 16 hours that cap hoursPerDay (7.4).
        double minutesLeft = Math.min(16, ws.hoursPerDay[w] * (1 + wp.hoursPressureBoost() * pressure)) * 60;
        // Speed and experience as the visit begins hold for the whole visit (7.4.2).
        Experience ex = m.experience;
        double learned = ex.progress(ws, w);
        double pace = ex.taskMinutes(ws, w, learned, 1);
        double search = ex.searchMinutes(learned, platform.searchMinutesPerOffer());
        double compare = ex.compareProbability(learned);
        double errors = ex.errorRate(ws, w, learned);
        double unpaid = 0;
        double worked = 0;
        int flags = 0;
        int wanted = platform.offersPerLogin();
        // The worker's weights of money and of time hold for the whole visit.
        double mw = ws.moneyWeight[w];
        double atNeed = ws.weightAtNeed[w];
        double reservation = ws.reservationWage[w];
        draws.begin(k);
        // Offers are drawn without replacement within a visit: each campaign is seen (or found closed to the worker) once.
        for (int shown = 0; shown < wanted && minutesLeft >= search; ) {
            int slot = draws.draw(rng);
            if (slot < 0) break;
            if (Draw.bernoulli(rng, compare)) slot = better(k, slot);
            Campaign c = offers.campaign(k, slot);
            // Not open to this worker: the platform does not show it (a slot drawn is open to the country).
            if (c.category.isPersonalData() && c.hasContributed(w) || auction && c.hasBid(w)) continue;
            Requester q = c.requester;
            if (hasFailed(q, w)) continue;
            shown++;
            minutesLeft -= search;
            unpaid += search;
            boolean needsTest = c.qualificationMinutes > 0 && !isQualified(q, w);
            double own = c.taskMinutes * pace;
            double minutes = own + (needsTest ? c.qualificationMinutes : 0);
            if (minutes > minutesLeft) {
                log.add(p, slot, VisitLog.SHOWN);
                continue;
            }
            int cat = c.category.ordinal();
            // Work paid by the hour pays the worker's own time (7.4.2).
            double timeShare = c.paidByTime ? pace : 1;
            double pay = c.price[k] * timeShare * on.workerNetShare;
            double cost = Decision.timeCost(atNeed, reservation, minutes) + privacyCost(w, c, k, cat);
            double probability = Draw.logistic(Decision.utility(dp.alpha(), mw, pay, cost));
            long priceCents = c.paidByTime ? MarketModel.cents(c.price[k] * timeShare) : offers.priceCents(k, slot);
            long agreed = priceCents;
            boolean accept;
            if (auction) {
                // Asking price: the pay at which U + eps = 0, eps logistic; it bids if that is within the reserve.
                double e = rng.nextDouble();
                double eps = Math.log(e / (1 - e));
                double ask = (cost - eps / dp.alpha()) / mw / on.workerNetShare;
                agreed = MarketModel.cents(Math.max(ask, on.pricing.floorPrice(c)));
                accept = agreed <= priceCents;
            } else {
                accept = rng.nextDouble() < probability;
            }
            flags |= Workers.choiceBits(cat, accept, before);
            byte kind = !accept ? VisitLog.DECLINED : VisitLog.ACCEPTED;
            if (accept && needsTest) {
                minutesLeft -= c.qualificationMinutes;
                unpaid += c.qualificationMinutes;
                boolean pass = !Draw.bernoulli(rng, c.difficulty * errors);
                remember(q, pass);
                kind = pass ? VisitLog.PASSED : VisitLog.FAILED;
            }
            int e = log.add(p, slot, kind);
            log.probability[e] = probability;
            // The same offer to the same worker without a shortfall, then also at the reference purchasing power; no draw.
            double withoutNeed = Math.min(mw, atNeed);
            double probabilityAtNeed = mw <= atNeed ? probability : Draw.logistic(Decision.utility(dp.alpha(), withoutNeed, pay, cost));
            log.atNeed[e] = probabilityAtNeed;
            log.atReference[e] = atNeed == 1 ? probabilityAtNeed : Draw.logistic(Decision.utility(dp.alpha(), withoutNeed / atNeed, pay, cost));
            log.cents[e] = agreed;
            log.agreedUsd[e] = auction ? agreed / 100.0 : c.price[k] * timeShare;
            log.minutes[e] = own;
            log.category[e] = (byte) cat;
            log.type[e] = (byte) c.type().ordinal();
            if (kind == VisitLog.ACCEPTED || kind == VisitLog.PASSED) {
                // A bid holds the task's time too: a worker bids only for work it could do today.
                minutesLeft -= own;
                if (!auction) worked += own;
            }
        }
        draws.end();
        log.unpaid[p] = unpaid;
        log.worked[p] = worked;
        log.flags[p] = flags;
    }

    /**
     * The better paying per task minute of {@code first} and a second slot drawn without
     * replacement (an experienced worker's second look, 7.4.2); the other goes back.
     */
    private int better(int k, int first) {
        int second = draws.draw(rng);
        if (second < 0) return first;
        boolean takeSecond = rate(k, second) > rate(k, first);
        draws.putBack(takeSecond ? first : second);
        return takeSecond ? second : first;
    }

    private double rate(int k, int slot) {
        Campaign c = offers.campaign(k, slot);
        return c.price[k] / c.taskMinutes;
    }

    private boolean hasFailed(Requester q, int w) {
        for (int i = 0; i < testedCount; i++) if (tested[i] == q) return !passed[i];
        return q.failedQualification.contains(w);
    }

    private boolean isQualified(Requester q, int w) {
        for (int i = 0; i < testedCount; i++) if (tested[i] == q) return passed[i];
        return q.qualified.contains(w);
    }

    private void remember(Requester q, boolean pass) {
        if (testedCount == tested.length) {
            tested = java.util.Arrays.copyOf(tested, testedCount * 2);
            passed = java.util.Arrays.copyOf(passed, testedCount * 2);
        }
        tested[testedCount] = q;
        passed[testedCount++] = pass;
    }

    /**
     * wta x (intrinsic share + (1 - intrinsic share) x perceived / known risk) x (1 + idDistrust for ID
     * documents). What the worker perceives depends on disclosure (docs/ODD.md 7.4).
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
