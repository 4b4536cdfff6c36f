package org.kempelen.model;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.Scenario;

/**
 * All workers, ever registered, as a struct of arrays indexed by worker id (ids are never
 * reused). Per-category values are stored row-major: {@code wta[w * C + c]}, per-platform values
 * likewise: {@code balanceCents[w * platforms + p]}. Arrays are sized
 * for the run's expected entrants ({@link #capacityFor}), so the daily loops allocate nothing per worker.
 */
public final class Workers {
    static final int C = DataCategory.COUNT;

    /** Workers ever registered; ids run from 0 to size - 1. */
    public int size;
    /** Slots allocated; transient: a restored market keeps its own (MarketState). */
    transient int capacity;

    /** {@link #exitDay} of a worker still active (days before day 0 are negative, so no negative sentinel). */
    public static final int STILL_ACTIVE = Integer.MIN_VALUE;

    public short[] country;
    public boolean[] active;
    public int[] entryDay;
    public int[] exitDay;
    /** Daily living cost, USD. */
    public double[] livingCost;
    /** Daily other income, USD (0 for workers without another income). */
    public double[] otherIncome;
    /**
     * Daily cash benefit, USD, that the worker draws while it has no other income (0 if its
     * country's social protection does not cover it): see {@link #income}.
     */
    public double[] benefit;
    /** Uniform rank drawn at entry: the worker is covered by social protection while rank < its country's coverage. */
    public float[] netRank;
    public double[] savings;
    public double[] skill;
    /** Persistent speed v (1/v has mean 1): a task takes taskMinutes / (v x learning factor) (docs/ODD.md 7.4.2). */
    public float[] speed;
    /** Experience: tasks submitted over the worker's life, burn-in included (7.4.2). */
    public int[] tasksDone;
    public double[] hoursPerDay;
    /** Hourly reservation wage before the pressure discount, USD. */
    public double[] reservationWage;
    /** Economic pressure P (0..1), recomputed daily. */
    public double[] pressure;
    /** Money weight m, recomputed daily. */
    public double[] moneyWeight;
    /**
     * Money weight b the worker would have were its resources exactly its need, recomputed daily:
     * it values time (separable utility), and min(m, b) is the weight without pressure.
     */
    public double[] weightAtNeed;
    /** Sum of the worker's pressure over its recorded active days, and the number of those days. */
    public double[] pressureSum;
    public int[] recordedDays;
    /** Willingness to accept per category, reference-worker USD. */
    public double[] wta;
    /** Perceived probability of harm per item per category. */
    public double[] belief;
    /** Items given away per category. */
    public int[] exposures;
    /** Platforms of the market (docs/ODD.md 7.10). */
    public final int platforms;
    /** Several platforms only: bit p set when the worker is registered on platform p (else empty). */
    public int[] registered;
    /** Balance on each platform, cents: {@code balanceCents[w * platforms + p]}. */
    public long[] balanceCents;
    /** Approved pay credited over the worker's life, cents. */
    public long[] earnedCents;
    /** Forfeited balance, cents. */
    public long[] forfeitedCents;
    /** Minutes of paid (approved task) and unpaid (search, tests, rejected and scam tasks) time. */
    public double[] paidMinutes;
    public double[] unpaidMinutes;
    /** Exponential moving averages of pay (USD) and hours worked, for the recent effective wage. */
    public double[] recentPay;
    public double[] recentHours;
    public double[] harm;
    public int[] harmEvents;
    /** Harm events the worker was told of. */
    public int[] notifiedEvents;
    /**
     * Per category c, bit c: accepted an offer of c before the country's switch day; bit 8 + c:
     * declined one before it; bit 16 + c: accepted one on or after it (switchers.csv). Written by
     * {@link #choiceBits}, read by {@link #onlyDeclinedBefore} and {@link #acceptedAfter}.
     */
    public int[] choiceFlags;
    /** Whether the worker's data was erased at its request (on leaving, honoured with the country's data protection). */
    public boolean[] erased;
    /** Bit per requester type: on leaving, the worker's erasure request was honoured by that type's processors abroad. */
    public int[] erasedAbroad;
    /** Last day the worker logged in to each platform: {@code lastLoginDay[w * platforms + p]}. */
    public int[] lastLoginDay;
    public int[] lastHarmNotifiedDay;
    /** Forum contacts, {@code degree} per worker. */
    public int[] contacts;
    final int degree;

    /** Ids of active workers, compacted once a day. */
    int[] activeIds = new int[0];
    int activeCount;

    Workers(int initialCapacity, int degree, int platforms) {
        if (platforms < 1 || platforms > 31) throw new IllegalArgumentException("platforms " + platforms + " not in 1..31");
        this.degree = degree;
        this.platforms = platforms;
        allocate(Math.max(16, initialCapacity));
    }

    /**
     * Room for everyone a run registers: the initial population and the entrants over the burn-in
     * and the recorded days (a Poisson number), with six standard deviations to spare, so the
     * arrays are not copied while the run grows (a copy needs the old and new array at once).
     */
    public static int capacityFor(Scenario s) {
        double entrants = EntryExitPhase.entryRate(s) * (s.burnInDays() + s.days());
        return (int) Math.min(Integer.MAX_VALUE - 8, s.population() + Math.ceil(entrants + 6 * Math.sqrt(entrants)) + 64);
    }

    /** Bytes of the per-worker arrays per worker slot: what one unit of capacity costs. */
    public static long bytesPerSlot(int degree, int platforms) {
        Workers probe = new Workers(1024, degree, platforms);
        return probe.allocatedBytes() / probe.capacity;
    }

    /** Bytes held by the per-worker arrays (every primitive array field). */
    long allocatedBytes() {
        long bytes = 0;
        try {
            for (Field f : Workers.class.getDeclaredFields()) {
                Class<?> t = f.getType();
                if (!t.isArray() || !t.getComponentType().isPrimitive() || Modifier.isStatic(f.getModifiers())) continue;
                Object a = f.get(this);
                if (a != null) bytes += (long) Array.getLength(a) * elementBytes(t.getComponentType());
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return bytes;
    }

    private static int elementBytes(Class<?> c) {
        if (c == long.class || c == double.class) return 8;
        if (c == int.class || c == float.class) return 4;
        if (c == short.class || c == char.class) return 2;
        return 1;
    }

    private void allocate(int cap) {
        capacity = cap;
        country = country == null ? new short[cap] : Arrays.copyOf(country, cap);
        active = active == null ? new boolean[cap] : Arrays.copyOf(active, cap);
        erased = erased == null ? new boolean[cap] : Arrays.copyOf(erased, cap);
        erasedAbroad = grow(erasedAbroad, cap);
        entryDay = grow(entryDay, cap);
        exitDay = grow(exitDay, cap);
        livingCost = grow(livingCost, cap);
        otherIncome = grow(otherIncome, cap);
        benefit = grow(benefit, cap);
        netRank = grow(netRank, cap);
        savings = grow(savings, cap);
        skill = grow(skill, cap);
        speed = grow(speed, cap);
        tasksDone = grow(tasksDone, cap);
        hoursPerDay = grow(hoursPerDay, cap);
        reservationWage = grow(reservationWage, cap);
        pressure = grow(pressure, cap);
        moneyWeight = grow(moneyWeight, cap);
        weightAtNeed = grow(weightAtNeed, cap);
        pressureSum = grow(pressureSum, cap);
        recordedDays = grow(recordedDays, cap);
        wta = grow(wta, cap * C);
        belief = grow(belief, cap * C);
        exposures = grow(exposures, cap * C);
        balanceCents = grow(balanceCents, cap * platforms);
        registered = grow(registered, platforms > 1 ? cap : 0);
        earnedCents = grow(earnedCents, cap);
        forfeitedCents = grow(forfeitedCents, cap);
        paidMinutes = grow(paidMinutes, cap);
        unpaidMinutes = grow(unpaidMinutes, cap);
        recentPay = grow(recentPay, cap);
        recentHours = grow(recentHours, cap);
        harm = grow(harm, cap);
        harmEvents = grow(harmEvents, cap);
        notifiedEvents = grow(notifiedEvents, cap);
        choiceFlags = grow(choiceFlags, cap);
        lastLoginDay = grow(lastLoginDay, cap * platforms);
        lastHarmNotifiedDay = grow(lastHarmNotifiedDay, cap);
        contacts = grow(contacts, cap * degree);
        activeIds = grow(activeIds, cap);
    }

    private static double[] grow(double[] a, int n) { return a == null ? new double[n] : Arrays.copyOf(a, n); }
    private static float[] grow(float[] a, int n) { return a == null ? new float[n] : Arrays.copyOf(a, n); }
    private static int[] grow(int[] a, int n) { return a == null ? new int[n] : Arrays.copyOf(a, n); }
    private static long[] grow(long[] a, int n) { return a == null ? new long[n] : Arrays.copyOf(a, n); }

    /** Room for at least n workers (a restored state may hold more than this scenario presized for). */
    void ensureCapacity(int n) {
        if (n > capacity) allocate(n);
    }

    /** Reserves the next id, growing the arrays when full. */
    int add() {
        // Presized (capacityFor); should entries outrun six standard deviations, grow by half, not double.
        if (size == capacity) allocate(capacity + (capacity >> 1));
        int w = size++;
        active[w] = true;
        exitDay[w] = STILL_ACTIVE;
        lastHarmNotifiedDay[w] = Integer.MIN_VALUE / 2;
        activeIds[activeCount++] = w;
        return w;
    }

    /** Daily income from outside the platform, USD: other income, or the safety net's benefit for a worker without it. */
    public double income(int w) {
        return otherIncome[w] > 0 ? otherIncome[w] : benefit[w];
    }

    /** Sets worker w's benefit from its rank and its country's social protection in force (docs/ODD.md 7.1). */
    void setBenefit(int w, Countries cs) {
        int k = country[w];
        benefit[w] = netRank[w] < cs.safetyNetCoverage[k] ? cs.safetyNetBenefit[k] * livingCost[w] : 0;
    }

    /** Whether the worker was on the platform while the run was recorded (it did not leave during the burn-in). */
    public boolean recorded(int w) {
        return exitDay[w] == STILL_ACTIVE || exitDay[w] >= 0;
    }

    /** Recording begins: what outputs add up per worker restarts from zero; behaviour-relevant state is kept. */
    void resetAccumulators() {
        Arrays.fill(exposures, 0, size * C, 0);
        for (int[] a : new int[][] {harmEvents, notifiedEvents, recordedDays, choiceFlags}) Arrays.fill(a, 0, size, 0);
        for (double[] a : new double[][] {paidMinutes, unpaidMinutes, harm, pressureSum}) Arrays.fill(a, 0, size, 0);
        // A balance carried over counts as earned on day 0, so a later forfeit of it is not a negative earning.
        for (int w = 0; w < size; w++) earnedCents[w] = balance(w);
        Arrays.fill(forfeitedCents, 0, size, 0);
    }

    /** Worker w's balances on all platforms, cents. */
    public long balance(int w) {
        long b = 0;
        for (int p = 0; p < platforms; p++) b += balanceCents[w * platforms + p];
        return b;
    }

    /** Whether worker w is registered on platform p. */
    public boolean registeredOn(int w, int p) {
        return platforms == 1 || (registered[w] & 1 << p) != 0;
    }

    /** The {@link #choiceFlags} bit for an evaluated offer of category c: accepted or declined, before the country's switch day or on or after it. */
    static int choiceBits(int c, boolean accepted, boolean before) {
        if (accepted) return 1 << (before ? c : 16 + c);
        return before ? 1 << (8 + c) : 0;
    }

    /** Whether worker w declined category c before its country's switch day and accepted none before it. */
    public boolean onlyDeclinedBefore(int w, int c) {
        int f = choiceFlags[w];
        return (f & 1 << (8 + c)) != 0 && (f & 1 << c) == 0;
    }

    /** Whether worker w accepted category c on or after its country's switch day. */
    public boolean acceptedAfter(int w, int c) {
        return (choiceFlags[w] & 1 << (16 + c)) != 0;
    }

    /** Whether worker w was still on the platform on {@code day} (active, or left on that day or later). */
    public boolean presentOn(int w, int day) {
        return exitDay[w] == STILL_ACTIVE || exitDay[w] >= day;
    }

    /** Removes workers that left from the active id list, keeping id order. */
    void compactActive() {
        int n = 0;
        for (int i = 0; i < activeCount; i++) {
            int w = activeIds[i];
            if (active[w]) activeIds[n++] = w;
        }
        activeCount = n;
    }

    public int activeCount() {
        return activeCount;
    }

    public int activeId(int i) {
        return activeIds[i];
    }
}
