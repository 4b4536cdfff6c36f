package org.kempelen.model;

import ec.util.MersenneTwisterFast;
import java.util.Iterator;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.PlatformParams;
import org.kempelen.scenario.RequesterParams;

/**
 * Step 2: finished campaigns close (and their requesters retarget), requesters post new
 * campaigns (Poisson per requester), the platform screens them, and every open campaign is
 * repriced by the pricing rule.
 */
final class DemandPhase implements sim.engine.Steppable {
    /** Log-normal sigma of a campaign's item count around the type's median. */
    static final double QUOTA_DISPERSION = 0.5;

    private final MarketModel m;
    /** Per requester type, category weights in enum order, and their sum. */
    private final double[][] mix;
    private final double[] mixTotal;
    /** Scratch: the platforms' weights for one campaign. */
    private final double[] choiceWeights;

    DemandPhase(MarketModel m) {
        this.m = m;
        var types = org.kempelen.scenario.RequesterType.values();
        mix = new double[types.length][DataCategory.COUNT];
        mixTotal = new double[types.length];
        choiceWeights = new double[m.platforms.length];
        for (var t : types) {
            for (var e : m.scenario.requesters().get(t).categoryMix().entrySet()) {
                mix[t.ordinal()][e.getKey().ordinal()] = e.getValue();
                mixTotal[t.ordinal()] += e.getValue();
            }
        }
    }

    /** Posts the campaigns that would be open on the first day had demand run for {@code warmupDays}. */
    void warmUp() {
        int first = m.firstDay();
        for (int d = first - m.scenario.warmupDays(); d < first; d++) post(d);
        for (Iterator<Campaign> it = m.open.iterator(); it.hasNext(); ) {
            Campaign c = it.next();
            if (c.deadlineDay <= first) {
                c.close(c.deadlineDay);
                it.remove();
            }
        }
    }

    @Override
    public void step(sim.engine.SimState state) {
        int day = m.day();
        closeFinished(day);
        // Campaigns closed in the burn-in leave the tables when recording begins; letting them go now keeps fewer in memory.
        if (day < 0) m.allCampaigns.removeIf(c -> !c.isOpen());
        post(day);
        for (Campaign c : m.open) {
            if (c.openDay < day) c.platform.pricing.price(c, day);
        }
    }

    private void closeFinished(int day) {
        for (Iterator<Campaign> it = m.open.iterator(); it.hasNext(); ) {
            Campaign c = it.next();
            // Open on days openDay .. deadlineDay - 1: deadlineDays days.
            if (day >= c.deadlineDay || filledUp(c) || outOfBudget(c)) {
                c.close(day);
                it.remove();
                m.stored.add(c);
                retarget(c, day);
            }
        }
        // Data no longer held can no longer be breached: who gave it need not be kept.
        m.stored.removeIf(c -> {
            if (c.retainedOn(day)) return false;
            c.forgetContributors();
            return true;
        });
    }

    private static boolean filledUp(Campaign c) {
        for (int k = 0; k < c.quota.length; k++) if (c.remaining(k) > 0) return false;
        return true;
    }

    private boolean outOfBudget(Campaign c) {
        if (!c.legitimate) return false;
        for (int k = 0; k < c.quota.length; k++) {
            if (c.remaining(k) > 0 && c.platform.grossCents(MarketModel.cents(c.price[k])) <= c.budgetLeftCents) return false;
        }
        return true;
    }

    /**
     * The requester's next campaign moves its country weights toward countries that filled
     * fastest per dollar: score = items / (days open x cost per item).
     */
    private void retarget(Campaign c, int day) {
        double rate = m.scenario.requesters().get(c.type()).retargeting();
        if (rate == 0) return;
        int n = c.quota.length;
        double days = Math.max(1, day - Math.max(m.firstDay(), c.openDay));
        if (m.platforms.length > 1) learnPlatform(c, days, rate);
        // Not asked: no score, so the weight stays.
        double[] score = new double[n];
        for (int k = 0; k < n; k++) {
            boolean asked = c.targeted ? c.quota[k] > 0 : c.requester.countryWeights[k] > 0;
            // Committed cost (at submission), so items still under review count at their price.
            double perItem = c.filled[k] > 0 ? c.committedCents[k] / 100.0 / c.filled[k] : c.price[k];
            score[k] = asked ? c.filled[k] / (days * perItem) : Double.NaN;
        }
        Requester.moveToward(c.requester.countryWeights, score, rate);
    }

    /** The campaign's platform is scored as countries are: items filled per day per dollar of gross cost (docs/ODD.md 7.10). */
    private static void learnPlatform(Campaign c, double days, double rate) {
        int filled = c.totalFilled();
        long committed = 0;
        for (long cents : c.committedCents) committed += cents;
        double score = filled > 0 ? filled / (days * (committed / 100.0 / filled)) : 0;
        c.requester.learnPlatform(c.platform.index, score, rate);
    }

    /**
     * Extra items' worth the requester budgets for its premium in scarce countries: quota x
     * (premium - 1) summed over them (0 without a premium, and for a global quota, whose split
     * over countries is not known in advance).
     */
    private double premiumItems(int[] quota, double premium) {
        double extra = 0;
        for (int k = 0; k < quota.length; k++) if (m.countries.scarce[k]) extra += quota[k] * (premium - 1);
        return extra;
    }

    private void post(int day) {
        MersenneTwisterFast r = m.demandRng;
        for (Requester q : m.requesters) {
            RequesterParams rp = m.scenario.requesters().get(q.type);
            int n = Draw.poisson(r, rp.campaignsPerDay() * q.rateFactor);
            for (int i = 0; i < n; i++) create(q, rp, day, r);
        }
    }

    private void create(Requester q, RequesterParams rp, int day, MersenneTwisterFast r) {
        int t = q.type.ordinal();
        DataCategory category = DataCategory.values()[Draw.weighted(r, mix[t], mixTotal[t])];
        Platform where = m.platforms.length == 1 ? m.platforms[0] : choosePlatform(q, category);
        PlatformParams platform = where.params;
        boolean legitimate = Draw.bernoulli(r, rp.legitimateProbability());
        boolean anonymous = Draw.bernoulli(r, rp.anonymousProbability());
        boolean purpose = Draw.bernoulli(r, rp.purposeDisclosedProbability());
        double noise = Draw.lognormal(r, 1, rp.priceDispersion());
        int items = (int) Math.max(1, Math.round(Draw.lognormal(r, rp.itemsPerCampaign(), QUOTA_DISPERSION)));
        // Screening: a banned category is caught with banEnforcement, a scam with screening. Three
        // numbers from the screening stream for every campaign, used or not, so that neither the
        // demand stream nor the screening of later campaigns depends on these levers (RandomStreams).
        MersenneTwisterFast s = m.screeningRng;
        double banDraw = s.nextDouble(), scamDraw = s.nextDouble(), abroadDraw = s.nextDouble();
        boolean caughtBan = platform.bannedCategories().contains(category) && Draw.below(banDraw, platform.banEnforcement());
        boolean caughtScam = !legitimate && Draw.below(scamDraw, platform.screening());
        if (caughtBan || caughtScam) {
            if (day >= 0) {
                if (caughtBan) m.stats.campaignsBlockedByBan++;
                else m.stats.campaignsBlockedAsScam++;
                m.stats.dayCampaignsBlocked++;
                if (caughtBan) m.stats.byPlatform.blockedByBan[where.index]++;
                else m.stats.byPlatform.blockedAsScam[where.index]++;
            }
            return;
        }
        boolean abroad = Draw.below(abroadDraw, rp.transferShare());
        int countries = m.countries.count;
        int[] quota = new int[countries];
        int global = 0;
        boolean targeted = platform.countryTargeting() && rp.countryTargeting() != org.kempelen.scenario.CountryTargeting.OPEN;
        if (targeted) {
            int assigned = 0;
            int largest = 0;
            for (int k = 0; k < countries; k++) {
                quota[k] = (int) Math.round(items * q.countryWeights[k]);
                assigned += quota[k];
                if (q.countryWeights[k] > q.countryWeights[largest]) largest = k;
            }
            if (assigned == 0) quota[largest] = items;
        } else {
            global = items;
        }
        double minutes = m.category[category.ordinal()].taskMinutes();
        // An hourly programme pays its rate for the task's time: no item price, no noise.
        double basePrice = rp.hourlyPay() > 0 ? rp.hourlyPay() * minutes / 60
                : m.category[category.ordinal()].typicalPrice() * rp.priceMultiplier() * noise;
        long budget = Math.round(rp.budgetSlack() * basePrice * (items + premiumItems(quota, rp.scarcityPremium())) * where.requesterGrossFactor * 100);
        Campaign c = new Campaign(m.nextCampaignId(), q, where, category, minutes, basePrice,
                day, day + rp.deadlineDays(), anonymous, purpose, rp.retentionDays(), rp.breachHazardPerYear(),
                rp.misuseProbability(), legitimate, rp.qualificationMinutes(), rp.difficulty(),
                targeted, quota, global, budget);
        c.heldAbroad = abroad;
        where.pricing.price(c, day);
        System.arraycopy(c.price, 0, c.initialPrice, 0, countries);
        m.open.add(c);
        m.allCampaigns.add(c);
        if (day >= 0) {
            m.stats.campaignsPosted++;
            m.stats.dayCampaignsPosted++;
            m.stats.byPlatform.campaignsPosted[where.index]++;
        }
    }

    /**
     * Where requester q posts a campaign of {@code category}: by its platform weights, each times
     * the chance its ban lets the campaign through, from the platform-choice stream; if every
     * platform bans it for sure, by the weights alone (it then meets that platform's screening).
     */
    private Platform choosePlatform(Requester q, DataCategory category) {
        double[] w = choiceWeights;
        double total = 0;
        for (Platform p : m.platforms) {
            double through = p.params.bannedCategories().contains(category) ? 1 - p.params.banEnforcement() : 1;
            w[p.index] = q.platformWeights[p.index] * through;
            total += w[p.index];
        }
        if (total <= 0) {
            System.arraycopy(q.platformWeights, 0, w, 0, w.length);
            total = 0;
            for (double v : w) total += v;
        }
        return m.platforms[Draw.weighted(m.platformChoiceRng, w, total)];
    }
}
