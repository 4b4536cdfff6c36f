package org.kempelen.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.kempelen.scenario.CategoryParams;
import org.kempelen.scenario.CommissionMode;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.RequesterParams;
import org.kempelen.scenario.RequesterType;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.WorkerParams;
import sim.engine.SimState;

/**
 * The crowdwork market as a MASON {@link SimState}: one Steppable per daily phase (MODEL.md
 * section 3), workers as a struct of arrays, all randomness from named streams of one master
 * seed. Runs headless; no I/O.
 */
public final class MarketModel extends SimState {
    static final int C = DataCategory.COUNT;

    public final Scenario scenario;
    public final Countries countries;
    public final Workers workers;
    public final Ledger ledger = new Ledger();
    /** Counters of the recorded run; replaced by a fresh one when recording begins after the burn-in. */
    public MarketStats stats;
    public final List<Requester> requesters = new ArrayList<>();
    /** Campaigns still open, in opening order. */
    final List<Campaign> open = new ArrayList<>();
    /** Closed campaigns whose data is still held. */
    final List<Campaign> stored = new ArrayList<>();
    /** Every campaign ever posted, for the tables. */
    public final List<Campaign> allCampaigns = new ArrayList<>();
    final PendingWork pending = new PendingWork();
    final MisuseCalendar misuse;
    public final PricingRule pricing;

    final MersenneTwisterFast populationRng;
    final MersenneTwisterFast economyRng;
    final MersenneTwisterFast demandRng;
    final MersenneTwisterFast choiceRng;
    final MersenneTwisterFast reviewRng;
    final MersenneTwisterFast riskRng;
    final MersenneTwisterFast entryExitRng;
    final MersenneTwisterFast forumRng;

    /** Per category, from the scenario. */
    final CategoryParams[] category = new CategoryParams[C];
    /** Share of the price the worker keeps (1 - commission under FROM_WORKER). */
    final double workerNetShare;
    /** Multiplier on price for the requester's gross cost (1 + commission under ON_TOP). */
    final double requesterGrossFactor;
    /** Mean pressure and active workers per country, updated in the economy phase. */
    final double[] meanPressure;
    final int[] activeByCountry;
    /** Prior risk belief per country x category (known risk x country prior, at most 1). */
    private final double[] priorBelief;
    private final MoneyWeight moneyWeight;
    /** Mean risk belief per country x category over active workers, updated in the data-risk phase. */
    public final double[] meanBelief;

    private final List<DayObserver> observers = new ArrayList<>();
    private int nextCampaignId;
    /** Days of burn-in: the model's days run from -burnIn to days - 1; outputs see days 0 on. */
    private final int burnIn;
    /** Offers evaluated and worker-days during the burn-in (work done, not recorded). */
    public long burnInOffersEvaluated;
    public long burnInWorkerDays;

    public MarketModel(Scenario scenario) {
        super(scenario.seed());
        this.scenario = scenario;
        this.countries = new Countries(scenario);
        for (DataCategory c : DataCategory.values()) category[c.ordinal()] = scenario.categories().get(c);
        this.workers = new Workers(scenario.population() + scenario.population() / 2, scenario.forum().degree());
        this.stats = new MarketStats(countries.count, scenario.analysis().regressionBins());
        this.burnIn = scenario.burnInDays();
        this.misuse = new MisuseCalendar(-burnIn, scenario.days() - 1);
        this.pricing = PricingRule.of(scenario, countries);
        long seed = scenario.seed();
        populationRng = RandomStreams.stream(seed, RandomStreams.POPULATION);
        economyRng = RandomStreams.stream(seed, RandomStreams.ECONOMY);
        demandRng = RandomStreams.stream(seed, RandomStreams.DEMAND);
        choiceRng = RandomStreams.stream(seed, RandomStreams.CHOICES);
        reviewRng = RandomStreams.stream(seed, RandomStreams.REVIEW);
        riskRng = RandomStreams.stream(seed, RandomStreams.RISK);
        entryExitRng = RandomStreams.stream(seed, RandomStreams.ENTRY_EXIT);
        forumRng = RandomStreams.stream(seed, RandomStreams.FORUM);
        double commission = scenario.platform().commission();
        boolean fromWorker = scenario.platform().commissionMode() == CommissionMode.FROM_WORKER;
        workerNetShare = fromWorker ? 1 - commission : 1;
        requesterGrossFactor = fromWorker ? 1 : 1 + commission;
        meanPressure = new double[countries.count];
        activeByCountry = new int[countries.count];
        meanBelief = new double[countries.count * C];
        priorBelief = new double[countries.count * C];
        for (int k = 0; k < countries.count; k++) {
            for (int c = 0; c < C; c++) priorBelief[k * C + c] = Math.min(1, category[c].knownRisk() * countries.riskPrior[k]);
        }
        moneyWeight = new MoneyWeight(scenario.economy());
    }

    public void addObserver(DayObserver observer) {
        observers.add(observer);
    }

    /** Current day while running: negative during the burn-in, 0 on the first recorded day. */
    public int day() {
        return (int) Math.max(0, schedule.getTime()) - burnIn;
    }

    /** The first simulated day (the first burn-in day, or 0 without burn-in). */
    public int firstDay() {
        return -burnIn;
    }

    @Override
    public void start() {
        super.start();
        createPopulation();
        createRequesters();
        DemandPhase demand = new DemandPhase(this);
        demand.warmUp();
        int order = 0;
        schedule.scheduleRepeating(0, order++, state -> {
            if (day() == 0) startRecording();
        }, 1);
        schedule.scheduleRepeating(0, order++, new EconomyPhase(this), 1);
        schedule.scheduleRepeating(0, order++, demand, 1);
        schedule.scheduleRepeating(0, order++, new WorkPhase(this), 1);
        schedule.scheduleRepeating(0, order++, new ReviewPayPhase(this), 1);
        schedule.scheduleRepeating(0, order++, new DataRiskPhase(this), 1);
        schedule.scheduleRepeating(0, order++, new EntryExitPhase(this), 1);
        schedule.scheduleRepeating(0, order, state -> {
            int d = day();
            if (d >= 0) for (DayObserver o : observers) o.dayEnded(this, d);
            stats.resetDay();
        }, 1);
    }

    /** Runs the burn-in and the whole recorded horizon. */
    public void run() {
        start();
        for (int d = 0; d < burnIn + scenario.days(); d++) schedule.step(this);
        finish();
    }

    /**
     * The burn-in is over: outputs count from here. Counters and the ledger's flows restart, worker
     * totals restart, campaigns closed during the burn-in are forgotten; the state that drives
     * behaviour (savings, balances, beliefs, qualifications, open campaigns, held data) is kept.
     */
    private void startRecording() {
        burnInOffersEvaluated = stats.offersEvaluated;
        burnInWorkerDays = stats.workerDays;
        stats = new MarketStats(countries.count, scenario.analysis().regressionBins());
        ledger.open();
        workers.resetAccumulators();
        allCampaigns.removeIf(c -> !c.isOpen());
    }

    // ---------------------------------------------------------------- population

    private void createPopulation() {
        double[] shares = countries.workerShare.clone();
        double total = 0;
        for (double s : shares) total += s;
        int n = scenario.population();
        for (int i = 0; i < n; i++) {
            int k = Draw.weighted(populationRng, shares, total);
            initWorker(workers.add(), k, firstDay(), populationRng);
        }
        ForumNetwork.build(this, forumRng);
        for (int i = 0; i < workers.activeCount; i++) updatePressure(workers.activeIds[i]);
    }

    /** Draws a worker's attributes (MODEL.md section 2, Worker; section 5). */
    void initWorker(int w, int k, int day, MersenneTwisterFast r) {
        WorkerParams p = scenario.workers();
        Workers ws = workers;
        ws.country[w] = (short) k;
        ws.entryDay[w] = day;
        ws.lastLoginDay[w] = day;
        ws.livingCost[w] = Draw.lognormal(r, countries.livingCostDaily[k], p.livingCostDispersion());
        boolean noOther = Draw.bernoulli(r, countries.noOtherIncomeShare[k]);
        double otherMedian = countries.localHourlyWage[k] * p.otherIncomeHoursPerDay() * countries.otherIncomeFactor[k];
        double other = Draw.lognormal(r, otherMedian, p.otherIncomeDispersion());
        ws.otherIncome[w] = noOther ? 0 : other;
        ws.savings[w] = Draw.lognormal(r, p.initialSavingsDays() * ws.livingCost[w], p.savingsDispersion());
        double logit = Math.log(p.skillMedian() / (1 - p.skillMedian()));
        ws.skill[w] = Draw.logistic(logit + p.skillDispersion() * r.nextGaussian());
        ws.hoursPerDay[w] = Math.min(16, Draw.lognormal(r, p.hoursPerDay(), p.hoursDispersion()));
        ws.reservationWage[w] = Draw.lognormal(r, countries.localHourlyWage[k] * p.reservationWageRatio(), p.reservationWageDispersion());
        for (int c = 0; c < C; c++) {
            CategoryParams cp = category[c];
            double v = Draw.lognormal(r, cp.medianWta(), cp.wtaDispersion());
            if (Draw.bernoulli(r, cp.refuserShare())) v *= cp.refuserMultiplier();
            ws.wta[w * C + c] = v * countries.privacyAttitude[k];
            ws.belief[w * C + c] = prior(k, c);
        }
        updatePressure(w);
    }

    /** Prior risk belief of a worker of country k for category c. */
    double prior(int k, int c) {
        return priorBelief[k * C + c];
    }

    /** P, m and b (the weight at need) from the worker's income, savings and living cost ({@link MoneyWeight}). */
    void updatePressure(int w) {
        Workers ws = workers;
        double shortfall = moneyWeight.shortfall(ws.otherIncome[w], ws.savings[w], ws.livingCost[w]);
        double atNeed = moneyWeight.atNeed(ws.livingCost[w], countries.pppFactor[ws.country[w]]);
        ws.pressure[w] = MoneyWeight.pressure(shortfall);
        ws.weightAtNeed[w] = atNeed;
        ws.moneyWeight[w] = moneyWeight.weight(atNeed, shortfall);
    }

    /**
     * Requesters per type: {@code count} at the reference population, in proportion to the
     * population otherwise; a fractional remainder is one more requester posting at that fraction
     * of the rate, so expected demand is exactly proportional (docs/ODD.md 7.2).
     */
    private void createRequesters() {
        int id = 0;
        int reference = scenario.demandReferencePopulation();
        double scale = reference == 0 ? 1 : scenario.population() / (double) reference;
        for (RequesterType t : RequesterType.values()) {
            RequesterParams rp = scenario.requesters().get(t);
            double n = rp.count() * scale;
            int whole = (int) Math.floor(n + 1e-9);
            for (int i = 0; i < whole; i++) requesters.add(new Requester(id++, t, rp, initialWeights(rp), 1));
            double part = n - whole;
            if (part > 1e-9) requesters.add(new Requester(id++, t, rp, initialWeights(rp), part));
        }
    }

    private double[] initialWeights(RequesterParams rp) {
        double[] w = new double[countries.count];
        for (int k = 0; k < countries.count; k++) {
            w[k] = switch (rp.countryTargeting()) {
                case WORKFORCE -> countries.workerShare[k];
                case UNIFORM -> 1;
                case WEIGHTS -> rp.countryWeights().getOrDefault(countries.code[k], 0.0);
            };
        }
        normalise(w);
        return w;
    }

    static void normalise(double[] w) {
        double s = 0;
        for (double v : w) s += v;
        if (s <= 0) {
            java.util.Arrays.fill(w, 1.0 / w.length);
            return;
        }
        for (int i = 0; i < w.length; i++) w[i] /= s;
    }

    int nextCampaignId() {
        return nextCampaignId++;
    }

    // ---------------------------------------------------------------- shared actions

    /** Price in whole cents, at least one cent: platforms pay in cents. */
    static long cents(double usd) {
        return Math.max(1, Math.round(usd * 100));
    }

    /** What the requester pays for a task priced {@code priceCents}; half cents round to even, so rounding is unbiased. */
    long grossCents(long priceCents) {
        return (long) Math.rint(priceCents * requesterGrossFactor);
    }

    /** What the worker receives for a task priced {@code priceCents}. */
    long netCents(long priceCents) {
        return (long) Math.rint(priceCents * workerNetShare);
    }

    /**
     * A worker hands in a task: the quota fills, the budget is reserved, personal data changes
     * hands now (rejected data tasks keep the data), and the pay waits for review.
     */
    void submit(int w, Campaign c, int k, long priceCents, int day) {
        int cat = c.category.ordinal();
        c.filled[k]++;
        c.committedCents[k] += grossCents(priceCents);
        if (c.legitimate) c.budgetLeftCents -= grossCents(priceCents);
        stats.items[k * C + cat]++;
        stats.dayItems[cat]++;
        stats.dayTasksDone++;
        if (c.category.isPersonalData()) {
            c.addContributor(w);
            workers.exposures[w * C + cat]++;
            stats.thirdPartiesExposed[k * C + cat] += category[cat].thirdPartiesExposed();
            if (Draw.bernoulli(riskRng, c.misuseProbability)) {
                int held = (int) Math.max(1, Math.round(c.retentionDays + (c.deadlineDay - day)));
                misuse.add(day + 1 + riskRng.nextInt(held), w, c);
            }
        }
        pending.add(w, c, priceCents, day + scenario.platform().approvalDays(), k);
    }

    /**
     * Harm to worker w through its item in campaign {@code from}: it lands whether or not the
     * worker is told. The data protection where the item is held decides whether an erasure
     * reached it and whether the worker is told: the worker's country's, or the processors'
     * abroad for transferred data (docs/ODD.md 7.6).
     */
    void harm(int w, Campaign from, int day) {
        Workers ws = workers;
        int c = from.category.ordinal();
        int k = ws.country[w];
        // Erased data can no longer be breached or misused.
        if (from.heldAbroad ? (ws.erasedAbroad[w] & 1 << from.type().ordinal()) != 0 : ws.erased[w]) return;
        double protection = from.heldAbroad ? from.requester.params.processorDataProtection() : countries.dataProtection[k];
        CategoryParams cp = category[c];
        if (ws.harmEvents[w] == 0) stats.dayNewlyHarmed++;
        ws.harm[w] += cp.harmSeverity() * cp.identifiability();
        ws.harmEvents[w]++;
        stats.harmEvents[k * C + c]++;
        stats.dayHarmEvents++;
        if (!Draw.bernoulli(riskRng, protection)) return;
        stats.notifiedHarm[k * C + c]++;
        stats.dayNotified++;
        ws.notifiedEvents[w]++;
        ws.lastHarmNotifiedDay[w] = day;
        double learn = scenario.risk().beliefLearningRate();
        ws.belief[w * C + c] += (1 - ws.belief[w * C + c]) * learn;
        double neighbour = learn * scenario.risk().forumInfluence();
        int degree = ws.degree;
        for (int j = 0; j < degree; j++) {
            int v = ws.contacts[w * degree + j];
            if (v != w) ws.belief[v * C + c] += (1 - ws.belief[v * C + c]) * neighbour;
        }
    }

    /** Pays out what the payout rule allows now; returns the cents paid (gross of fee). */
    long payOut(int w) {
        Workers ws = workers;
        long balance = ws.balanceCents[w];
        long threshold = Math.round(scenario.platform().payout().threshold() * 100);
        if (balance <= 0 || balance < threshold) return 0;
        long increment = Math.round(scenario.platform().payout().increment() * 100);
        long amount = increment > 0 ? balance / increment * increment : balance;
        long fee = Math.round(scenario.platform().payout().fee() * 100);
        if (amount <= 0 || amount < fee) return 0;
        ws.balanceCents[w] -= amount;
        ledger.balancesCents -= amount;
        ledger.payoutFeeCents += fee;
        ledger.paidOutCents += amount - fee;
        stats.dayPaidOutCents += amount - fee;
        ws.savings[w] += (amount - fee) / 100.0;
        return amount;
    }

    /** Whatever stays on the balance is lost to the worker: unpaid labour. */
    void forfeit(int w) {
        long b = workers.balanceCents[w];
        if (b <= 0) return;
        workers.balanceCents[w] = 0;
        workers.forfeitedCents[w] += b;
        ledger.balancesCents -= b;
        ledger.forfeitedCents += b;
    }

    /** A departing (or departed) worker's balance: paid out if the rule allows, the rest forfeited. */
    void settle(int w) {
        payOut(w);
        forfeit(w);
    }

    // ---------------------------------------------------------------- read access for metrics

    public List<Campaign> openCampaigns() {
        return java.util.Collections.unmodifiableList(open);
    }

    public int pendingTasks() {
        return pending.size;
    }
}
