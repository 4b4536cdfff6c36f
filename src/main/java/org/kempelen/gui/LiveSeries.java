package org.kempelen.gui;

import java.util.ArrayList;
import java.util.List;
import org.kempelen.model.DayObserver;
import org.kempelen.model.MarketModel;
import org.kempelen.model.MarketStats;
import org.kempelen.model.Workers;
import org.kempelen.scenario.DataCategory;

/**
 * What the live charts and the world view show, taken from the model at the end of each recorded
 * day on the model's thread and read by the Swing thread: the day's values from the differences
 * of the model's running counters, and the state of each country so far. Reads, never changes.
 */
final class LiveSeries implements DayObserver {
    static final int C = DataCategory.COUNT;

    /** One recorded day. Per country arrays are indexed in scenario order; NaN where nothing happened. */
    record Day(int day, double[] acceptanceByCategory, double[] pressureByCountry, double[] priceByCountry, int openCampaigns,
               long[] personalItemsByCountry, long harmedWorkers, long[] personalItemsByPlatform) {}

    /** A country so far (since day 0): what the world view colours by and its inspector lists. */
    record Country(int active, double meanPressure, double[] offers, double[] accepted, double[] items, double[] priceSum,
                   double[] harmEvents, double personalShare, double wageToMinimum) {
        double acceptance(int c) {
            return offers[c] == 0 ? Double.NaN : accepted[c] / offers[c];
        }
    }

    final String[] codes;
    final String[] names;
    final String[] platforms;
    private final List<Day> days = new ArrayList<>();
    private Country[] countries;
    private long[] offersBefore, acceptedBefore, itemsBefore, platformItemsBefore;
    private double[] priceBefore;
    private long harmed;
    /** The day the model is at (negative in the burn-in), for the windows' titles. */
    private volatile int currentDay = Integer.MIN_VALUE;

    LiveSeries(String[] codes, String[] names, String[] platforms) {
        this.codes = codes;
        this.names = names;
        this.platforms = platforms;
        int k = codes.length;
        countries = new Country[0];
        reset(k);
    }

    private void reset(int k) {
        offersBefore = new long[k * C];
        acceptedBefore = new long[k * C];
        itemsBefore = new long[k * C];
        priceBefore = new double[k * C];
        platformItemsBefore = new long[platforms.length * C];
        harmed = 0;
    }

    @Override
    public void dayEnded(MarketModel m, int day) {
        int k = codes.length;
        MarketStats s = m.stats;
        if (day == 0) reset(k);
        double[] offersC = new double[C], acceptedC = new double[C];
        double[] price = new double[k];
        long[] personal = new long[k];
        for (int country = 0; country < k; country++) {
            double priceSum = 0, accepted = 0;
            for (int c = 0; c < C; c++) {
                int i = country * C + c;
                offersC[c] += s.offers[i] - offersBefore[i];
                acceptedC[c] += s.accepted[i] - acceptedBefore[i];
                accepted += s.accepted[i] - acceptedBefore[i];
                priceSum += s.acceptedPriceSum[i] - priceBefore[i];
                if (c > 0) personal[country] += s.items[i] - itemsBefore[i];
            }
            price[country] = accepted == 0 ? Double.NaN : priceSum / accepted;
        }
        double[] acceptance = new double[C];
        for (int c = 0; c < C; c++) acceptance[c] = offersC[c] == 0 ? Double.NaN : acceptedC[c] / offersC[c];
        long[] byPlatform = new long[platforms.length];
        for (int p = 0; p < platforms.length; p++) {
            for (int c = 1; c < C; c++) byPlatform[p] += s.byPlatform.items[p * C + c] - platformItemsBefore[p * C + c];
        }
        harmed += s.dayNewlyHarmed;
        System.arraycopy(s.offers, 0, offersBefore, 0, k * C);
        System.arraycopy(s.accepted, 0, acceptedBefore, 0, k * C);
        System.arraycopy(s.items, 0, itemsBefore, 0, k * C);
        System.arraycopy(s.acceptedPriceSum, 0, priceBefore, 0, k * C);
        System.arraycopy(s.byPlatform.items, 0, platformItemsBefore, 0, platforms.length * C);
        Country[] now = countries(m);
        double[] pressure = new double[k];
        for (int country = 0; country < k; country++) pressure[country] = now[country].meanPressure();
        synchronized (this) {
            days.add(new Day(day, acceptance, pressure, price, m.openCampaigns().size(), personal, harmed, byPlatform));
            countries = now;
        }
        currentDay = day;
    }

    /** Every country's state from the model's arrays: active workers and their pressure, counts so far, wages. */
    private Country[] countries(MarketModel m) {
        int k = codes.length;
        Workers w = m.workers;
        int[] active = new int[k];
        double[] pressure = new double[k], earned = new double[k], minutes = new double[k];
        for (int i = 0; i < w.size; i++) {
            int country = w.country[i];
            if (w.active[i]) {
                active[country]++;
                pressure[country] += w.pressure[i];
            }
            if (w.recorded(i)) {
                earned[country] += (w.earnedCents[i] - w.forfeitedCents[i]) / 100.0;
                minutes[country] += w.paidMinutes[i] + w.unpaidMinutes[i];
            }
        }
        MarketStats s = m.stats;
        double allPersonal = 0;
        for (int i = 0; i < k * C; i++) if (i % C > 0) allPersonal += s.items[i];
        Country[] out = new Country[k];
        for (int country = 0; country < k; country++) {
            double[] offers = new double[C], accepted = new double[C], items = new double[C], priceSum = new double[C], harm = new double[C];
            double personal = 0;
            for (int c = 0; c < C; c++) {
                int i = country * C + c;
                offers[c] = s.offers[i];
                accepted[c] = s.accepted[i];
                items[c] = s.items[i];
                priceSum[c] = s.acceptedPriceSum[i];
                harm[c] = s.harmEvents[i];
                if (c > 0) personal += s.items[i];
            }
            double wage = minutes[country] == 0 ? Double.NaN : earned[country] / (minutes[country] / 60);
            out[country] = new Country(active[country], active[country] == 0 ? Double.NaN : pressure[country] / active[country], offers, accepted,
                    items, priceSum, harm, allPersonal == 0 ? Double.NaN : personal / allPersonal, wage / m.countries.minimumWageHourly[country]);
        }
        return out;
    }

    /** The recorded days so far, oldest first. */
    synchronized List<Day> days() {
        return List.copyOf(days);
    }

    /** Each country as of the last recorded day (empty before day 0). */
    synchronized Country[] countries() {
        return countries.clone();
    }

    int currentDay() {
        return currentDay;
    }

    /** The model has run {@code day} (burn-in days too, which record nothing): for the windows' titles. */
    void ran(int day) {
        currentDay = day;
    }

    /** A new run starts: the days of the last one are forgotten. */
    synchronized void clear() {
        days.clear();
        countries = new Country[0];
        currentDay = Integer.MIN_VALUE;
    }
}
