package org.kempelen.metrics;

import java.util.ArrayList;
import java.util.List;
import org.kempelen.model.DayObserver;
import org.kempelen.model.MarketState;
import org.kempelen.model.MarketModel;
import org.kempelen.model.MarketStats;
import org.kempelen.model.PlatformCounts;
import org.kempelen.scenario.DataCategory;

/**
 * Records one row per day (timeseries.csv) and the mean risk belief per country and category
 * (beliefs.csv) while the model runs. In a market of several platforms each row also has, per
 * platform, its visits, campaigns posted, tasks done and personal-data items of the day.
 */
public final class RunRecorder implements DayObserver {
    private static final int C = DataCategory.COUNT;

    private final Table timeseries;
    private final Table beliefs = new Table(List.of("day", "country", "category", "mean_belief"));
    private long harmedSoFar;
    /** Several platforms: their names, and the running totals their day's counts are taken from. */
    private final List<String> platforms;
    private long[] visitsBefore, postedBefore, tasksBefore, personalBefore;

    /** The recorder of a single-platform market. */
    public RunRecorder() {
        this(List.of());
    }

    /** The recorder of a market of {@code platforms} (names; one or none: no per-platform columns). */
    public RunRecorder(List<String> platforms) {
        this.platforms = platforms.size() > 1 ? List.copyOf(platforms) : List.of();
        List<String> cols = new ArrayList<>(List.of("day", "active_workers", "entries", "exits", "offers_shown", "offers_evaluated"));
        for (DataCategory c : DataCategory.values()) cols.add("accepted_" + c.name().toLowerCase(java.util.Locale.ROOT));
        cols.addAll(List.of("qualification_attempts", "qualification_failures", "quality_kickouts", "tasks_done", "personal_data_items"));
        for (DataCategory c : DataCategory.values()) cols.add("mean_price_" + c.name().toLowerCase(java.util.Locale.ROOT));
        cols.addAll(List.of("paid_out_usd", "paid_hours", "unpaid_hours", "open_campaigns", "campaigns_posted",
                "campaigns_blocked", "breaches", "misuses", "harm_events", "newly_harmed_workers", "harmed_workers",
                "notified_harm_events", "mean_pressure"));
        for (String p : this.platforms) cols.addAll(List.of("visits_" + p, "campaigns_posted_" + p, "tasks_done_" + p, "personal_data_items_" + p));
        timeseries = new Table(cols);
        int n = this.platforms.size();
        visitsBefore = new long[n];
        postedBefore = new long[n];
        tasksBefore = new long[n];
        personalBefore = new long[n];
    }

    /** The recorder for model {@code m}'s platforms. */
    public static RunRecorder of(MarketModel m) {
        List<String> names = new ArrayList<>();
        for (var p : m.platforms) names.add(p.name());
        return new RunRecorder(names);
    }

    @Override
    public void dayEnded(MarketModel m, int day) {
        MarketStats s = m.stats;
        harmedSoFar += s.dayNewlyHarmed;
        List<Object> row = new ArrayList<>();
        row.add(day);
        row.add(m.workers.activeCount());
        row.add(s.dayEntries);
        row.add(s.dayExits);
        row.add(s.dayOffersShown);
        row.add(s.dayOffersEvaluated);
        long personal = 0;
        for (int c = 0; c < C; c++) row.add(s.dayAccepted[c]);
        row.add(s.dayQualificationAttempts);
        row.add(s.dayQualificationFailures);
        row.add(s.dayQualityKickouts);
        row.add(s.dayTasksDone);
        for (int c = 1; c < C; c++) personal += s.dayItems[c];
        row.add(personal);
        for (int c = 0; c < C; c++) row.add(s.dayAccepted[c] == 0 ? Double.NaN : s.dayPriceSum[c] / s.dayAccepted[c]);
        row.add(s.dayPaidOutCents / 100.0);
        row.add(s.dayPaidMinutes / 60.0);
        row.add(s.dayUnpaidMinutes / 60.0);
        row.add(m.openCampaigns().size());
        row.add(s.dayCampaignsPosted);
        row.add(s.dayCampaignsBlocked);
        row.add(s.dayBreaches);
        row.add(s.dayMisuses);
        row.add(s.dayHarmEvents);
        row.add(s.dayNewlyHarmed);
        row.add(harmedSoFar);
        row.add(s.dayNotified);
        double pressure = 0;
        int n = m.workers.activeCount();
        for (int i = 0; i < n; i++) pressure += m.workers.pressure[m.workers.activeId(i)];
        row.add(n == 0 ? Double.NaN : pressure / n);
        if (!platforms.isEmpty()) addPlatforms(m, day, row);
        timeseries.add(row.toArray());
        for (int k = 0; k < m.countries.count; k++) {
            for (int c = 1; c < C; c++) {
                beliefs.add(day, m.countries.code[k], DataCategory.values()[c].name(), m.meanBelief[k * C + c]);
            }
        }
    }

    /** The day's counts per platform: today's running totals less yesterday's (the totals start when recording begins, on day 0). */
    private void addPlatforms(MarketModel m, int day, List<Object> row) {
        PlatformCounts s = m.stats.byPlatform;
        for (int p = 0; p < platforms.size(); p++) {
            long tasks = 0, personal = 0;
            for (int c = 0; c < C; c++) {
                tasks += s.items[p * C + c];
                if (c > 0) personal += s.items[p * C + c];
            }
            row.add(s.visits[p] - visitsBefore[p]);
            row.add(s.campaignsPosted[p] - postedBefore[p]);
            row.add(tasks - tasksBefore[p]);
            row.add(personal - personalBefore[p]);
            visitsBefore[p] = s.visits[p];
            postedBefore[p] = s.campaignsPosted[p];
            tasksBefore[p] = tasks;
            personalBefore[p] = personal;
        }
    }

    /** What it has recorded so far, into a saved market state (for a state saved after day 0). */
    public void save(MarketState.Sink out) {
        TableState.save("recorder.timeseries.", timeseries, out);
        TableState.save("recorder.beliefs.", beliefs, out);
        out.put("recorder.harmedSoFar", new long[] {harmedSoFar});
        for (long[] a : platformTotals()) out.put("recorder.platformTotals", a);
    }

    /** Takes up the recording saved with the state; this recorder has recorded nothing yet. */
    public void restore(MarketState.Source in) {
        if (!timeseries.rows().isEmpty()) throw new IllegalStateException("a recorder restores only before it records");
        TableState.restore("recorder.timeseries.", timeseries, in);
        TableState.restore("recorder.beliefs.", beliefs, in);
        harmedSoFar = ((long[]) in.take("recorder.harmedSoFar", long.class))[0];
        for (long[] a : platformTotals()) MarketState.copy(in, "recorder.platformTotals", a);
    }

    private long[][] platformTotals() {
        return new long[][] {visitsBefore, postedBefore, tasksBefore, personalBefore};
    }

    public Table timeseries() {
        return timeseries;
    }

    public Table beliefs() {
        return beliefs;
    }
}
