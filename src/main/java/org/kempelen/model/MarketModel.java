package org.kempelen.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.kempelen.scenario.CategoryParams;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.Scenario;
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
    /** The market's platforms: the scenario's {@code platform} first, then {@code platforms} (docs/ODD.md 7.10). */
    public final Platform[] platforms;
    /** Counters of the recorded run; replaced by a fresh one when recording begins after the burn-in. */
    public MarketStats stats;
    public final List<Requester> requesters = new ArrayList<>();
    /** Campaigns still open, in opening order. */
    final List<Campaign> open = new ArrayList<>();
    /** Closed campaigns whose data is still held. */
    final List<Campaign> stored = new ArrayList<>();
    /** Every campaign ever posted, for the tables. */
    public final List<Campaign> allCampaigns = new ArrayList<>();
    final MisuseCalendar misuse;

    final MersenneTwisterFast populationRng;
    final MersenneTwisterFast economyRng;
    final MersenneTwisterFast demandRng;
    final MersenneTwisterFast choiceRng;
    final MersenneTwisterFast riskRng;
    final MersenneTwisterFast entryExitRng;
    final MersenneTwisterFast forumRng;
    /** Several platforms only: registrations, and where each campaign is posted (docs/ODD.md 7.10). */
    final MersenneTwisterFast registrationRng;
    final MersenneTwisterFast platformChoiceRng;
    final MersenneTwisterFast screeningRng;
    /** Seeds of the per (day, worker) substreams of misuse in the work phase and of exits, and of the per (day, review queue) ones of review (RandomStreams). */
    final long misuseSeed;
    final long exitSeed;
    final long reviewSeed;

    /** Per category, from the scenario. */
    final CategoryParams[] category = new CategoryParams[C];
    /** Mean pressure and active workers per country, updated in the economy phase. */
    final double[] meanPressure;
    final int[] activeByCountry;
    /** Sets each worker's pressure and money weight from its resources. */
    final MoneyWeight moneyWeight;
    /** Draws entering workers' attributes and holds their prior risk beliefs. */
    final Population population;
    /** Workers' task time, search time and errors from speed and experience (docs/ODD.md 7.4.2). */
    final Experience experience;
    /** Mean risk belief per country x category over active workers, updated in the data-risk phase. */
    public final double[] meanBelief;

    private final List<DayObserver> observers = new ArrayList<>();
    private int nextCampaignId;
    /** Days of burn-in: the model's days run from -burnIn to days - 1; outputs see days 0 on. */
    private final int burnIn;
    /** Offers evaluated and worker-days during the burn-in (work done, not recorded). */
    public long burnInOffersEvaluated;
    public long burnInWorkerDays;

    /** The entry and exit phase, whose reference for entry is part of a saved state. */
    EntryExitPhase entryExit;

    /** Threads of the phases that run in parallel (work, economy, belief decay); the results do not depend on it. */
    public final int threads;
    /** Those threads, from {@link #start} to {@link #finish}. */
    WorkCrew crew;

    public MarketModel(Scenario scenario) {
        this(scenario, 1);
    }

    /** A model whose work phase decides on {@code threads} threads (the same results for any number). */
    public MarketModel(Scenario scenario, int threads) {
        super(scenario.seed());
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1; found " + threads);
        this.threads = threads;
        this.scenario = scenario;
        this.countries = new Countries(scenario);
        for (DataCategory c : DataCategory.values()) category[c.ordinal()] = scenario.categories().get(c);
        this.platforms = Platform.of(scenario, countries);
        this.workers = new Workers(Workers.capacityFor(scenario), scenario.forum().degree(), platforms.length);
        this.stats = new MarketStats(countries.count, scenario.analysis().regressionBins(), platforms.length);
        this.burnIn = scenario.burnInDays();
        this.misuse = new MisuseCalendar(-burnIn, scenario.days() - 1);
        long seed = scenario.seed();
        populationRng = RandomStreams.stream(seed, RandomStreams.POPULATION);
        economyRng = RandomStreams.stream(seed, RandomStreams.ECONOMY);
        demandRng = RandomStreams.stream(seed, RandomStreams.DEMAND);
        choiceRng = RandomStreams.stream(seed, RandomStreams.CHOICES);
        riskRng = RandomStreams.stream(seed, RandomStreams.RISK);
        entryExitRng = RandomStreams.stream(seed, RandomStreams.ENTRY_EXIT);
        forumRng = RandomStreams.stream(seed, RandomStreams.FORUM);
        registrationRng = RandomStreams.stream(seed, RandomStreams.REGISTRATION);
        platformChoiceRng = RandomStreams.stream(seed, RandomStreams.PLATFORM_CHOICE);
        screeningRng = RandomStreams.stream(seed, RandomStreams.SCREENING);
        misuseSeed = RandomStreams.streamSeed(seed, RandomStreams.MISUSE);
        exitSeed = RandomStreams.streamSeed(seed, RandomStreams.EXIT);
        reviewSeed = RandomStreams.streamSeed(seed, RandomStreams.REVIEW);
        meanPressure = new double[countries.count];
        activeByCountry = new int[countries.count];
        meanBelief = new double[countries.count * C];
        moneyWeight = new MoneyWeight(scenario.economy());
        experience = new Experience(scenario.workers());
        population = new Population(this);
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
        if (crew != null) crew.close();
        crew = new WorkCrew(threads);
        population.create();
        requesters.addAll(Requester.create(scenario, countries));
        DemandPhase demand = new DemandPhase(this);
        demand.warmUp();
        schedulePhases(0, demand);
    }

    /**
     * Starts from a saved state instead of from day 0's population (docs/ODD.md 7.9): the
     * requesters are built from the scenario and then take their saved state, as does everything
     * else; the days run on from the saved one. Returns the day index to run from.
     */
    public int startRestored(MarketState.Source state) {
        int from = MarketState.dayIndex(state);
        if (from < 0 || from >= burnIn + scenario.days()) {
            throw new IllegalStateException("the state is of day " + (from - burnIn) + ", outside this scenario's days " + (-burnIn) + " to " + (scenario.days() - 1));
        }
        super.start();
        if (crew != null) crew.close();
        crew = new WorkCrew(threads);
        requesters.addAll(Requester.create(scenario, countries));
        schedulePhases(from, new DemandPhase(this));
        MarketState.restore(this, state);
        return from;
    }

    private void schedulePhases(int from, DemandPhase demand) {
        entryExit = new EntryExitPhase(this);
        int order = 0;
        schedule.scheduleRepeating(from, order++, state -> {
            if (day() == 0) startRecording();
        }, 1);
        schedule.scheduleRepeating(from, order++, new EconomyPhase(this), 1);
        schedule.scheduleRepeating(from, order++, demand, 1);
        schedule.scheduleRepeating(from, order++, new WorkPhase(this), 1);
        schedule.scheduleRepeating(from, order++, new ReviewPayPhase(this), 1);
        schedule.scheduleRepeating(from, order++, new DataRiskPhase(this), 1);
        schedule.scheduleRepeating(from, order++, entryExit, 1);
        schedule.scheduleRepeating(from, order, state -> {
            int d = day();
            if (d >= 0) for (DayObserver o : observers) o.dayEnded(this, d);
            stats.resetDay();
        }, 1);
    }

    /** Runs the burn-in and the whole recorded horizon. */
    public void run() {
        run(-1, null, false);
    }

    /**
     * Runs the whole horizon from day 0's population; at the start of recorded day
     * {@code saveDay} (before any of its phases), when {@code atSave} is not null, hands the model
     * to it to save (docs/ODD.md 7.9), and stops there if {@code stopAfterSave}.
     */
    public void run(int saveDay, SaveHook atSave, boolean stopAfterSave) {
        try {
            start();
        } catch (RuntimeException e) {
            finish();
            throw e;
        }
        runDays(0, saveDay, atSave, stopAfterSave);
    }

    /**
     * Runs day indexes {@code from} to the end of the horizon on a model started or restored
     * ({@link #startRestored}), saving at recorded day {@code saveDay} as {@link #run(int, SaveHook, boolean)}
     * does, and finishes it.
     */
    public void runDays(int from, int saveDay, SaveHook atSave, boolean stopAfterSave) {
        try {
            for (int i = from; i < burnIn + scenario.days(); i++) {
                if (atSave != null && i - burnIn == saveDay) {
                    atSave.save(this, i);
                    if (stopAfterSave) return;
                }
                schedule.step(this);
            }
        } finally {
            finish();
        }
    }

    /** Saves a running market at the start of a day (day index i: 0 is the first burn-in day). */
    @FunctionalInterface
    public interface SaveHook {
        void save(MarketModel model, int dayIndex);
    }

    /** Ends the run: the helper threads end too. */
    @Override
    public void finish() {
        super.finish();
        if (crew != null) crew.close();
    }

    /**
     * The burn-in is over: outputs count from here. Counters and the ledger's flows restart, worker
     * totals restart, campaigns closed during the burn-in are forgotten; the state that drives
     * behaviour (savings, balances, beliefs, qualifications, open campaigns, held data) is kept.
     */
    private void startRecording() {
        burnInOffersEvaluated = stats.offersEvaluated;
        burnInWorkerDays = stats.workerDays;
        stats = new MarketStats(countries.count, scenario.analysis().regressionBins(), platforms.length);
        for (Platform p : platforms) p.ledger.open();
        workers.resetAccumulators();
        allCampaigns.removeIf(c -> !c.isOpen());
    }

    int nextCampaignId() {
        return nextCampaignId++;
    }

    int nextCampaignIdPeek() {
        return nextCampaignId;
    }

    void restoreCampaignIds(int next) {
        nextCampaignId = next;
    }

    /** Every random stream, in a fixed order: MASON's own, then the named ones. */
    MersenneTwisterFast[] streams() {
        return new MersenneTwisterFast[] {random, populationRng, economyRng, demandRng, choiceRng, riskRng, entryExitRng,
                forumRng, registrationRng, platformChoiceRng, screeningRng};
    }

    // ---------------------------------------------------------------- shared actions

    /** Price in whole cents, at least one cent: platforms pay in cents. */
    static long cents(double usd) {
        return Math.max(1, Math.round(usd * 100));
    }

    /**
     * Worker w hands in an item for campaign c at once, on one thread (an auction's award): the
     * quota fills, the budget is reserved, personal data changes hands now (rejected data tasks
     * keep the data) and may later be misused (drawn from the risk stream), and the pay waits for
     * review. The work phase does the same in parts: the claim in the day's order, the rest by
     * blocks in parallel ({@link WorkPhase}).
     */
    void submit(int w, Campaign c, int k, long priceCents, double minutes, int day) {
        claim(c, k, priceCents);
        c.platform.awaitReview(0, w, c, priceCents, day, k, minutes);
        handIn(w, c, k, stats);
        if (c.category.isPersonalData()) {
            c.addContributor(w);
            if (Draw.bernoulli(riskRng, c.misuseProbability)) misuse.add(day + 1 + riskRng.nextInt(c.heldDays(day)), w, c);
        }
    }

    /**
     * The claim of an item of country k on campaign c: its place in the quota, its cost against
     * the budget. This is what the decisions of the workers after it see, so the work phase makes
     * claims in the day's order.
     */
    void claim(Campaign c, int k, long priceCents) {
        long gross = c.platform.grossCents(priceCents);
        c.fill(k);
        c.committedCents[k] += gross;
        if (c.legitimate) c.budgetLeftCents -= gross;
    }

    /**
     * What worker w's item for campaign c leaves on the worker (tasks done, exposures) and in the
     * counts {@code st}: the run's, or a work block's tally. Nobody's decision the same day reads
     * it but the worker's own, made before.
     */
    void handIn(int w, Campaign c, int k, MarketStats st) {
        int cat = c.category.ordinal();
        workers.tasksDone[w]++;
        st.items[k * C + cat]++;
        if (!c.targeted) st.itemsFromOpenCampaigns[k * C + cat]++;
        st.dayItems[cat]++;
        st.dayTasksDone++;
        boolean personal = c.category.isPersonalData();
        if (personal) {
            workers.exposures[w * C + cat]++;
            st.thirdPartiesExposed[k * C + cat] += category[cat].thirdPartiesExposed();
        }
        st.byPlatform.handedIn(c.platform.index, k, cat, category[cat].thirdPartiesExposed(), personal, !c.targeted);
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
        stats.byPlatform.harmed(from.platform.index, k, c);
        stats.dayHarmEvents++;
        if (!Draw.bernoulli(riskRng, protection)) return;
        stats.notifiedHarm[k * C + c]++;
        stats.byPlatform.notified(from.platform.index, k, c);
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

    /** A departing (or departed) worker's balances: on each platform paid out if its rule allows, the rest forfeited. */
    void settle(int w) {
        for (Platform p : platforms) {
            p.payOut(workers, w, stats);
            p.forfeit(workers, w);
        }
    }

    // ---------------------------------------------------------------- read access for metrics

    public List<Campaign> openCampaigns() {
        return java.util.Collections.unmodifiableList(open);
    }

    public int pendingTasks() {
        int n = 0;
        for (Platform p : platforms) n += PendingWork.size(p.pending);
        return n;
    }

    /** The market's ledger: the platforms' added up (the platform's own with one platform). */
    public Ledger ledger() {
        return platforms.length == 1 ? platforms[0].ledger : Ledger.sum(platforms);
    }
}
