package org.kempelen.metrics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kempelen.model.MarketModel;
import org.kempelen.model.Workers;
import org.kempelen.scenario.DataCategory;

/**
 * workers.csv: one row per recorded worker (not those who left during the burn-in), read from the
 * model's arrays while it is written. A share of workers can be written instead of all: a worker
 * is in the sample when a hash of its id falls below the share, so the sample is the same for
 * every run and seed, and a smaller sample is a subset of a larger one.
 */
public final class WorkerTable extends StreamedTable {
    private static final int C = DataCategory.COUNT;

    private final MarketModel m;
    private final double sample;

    /** {@code sample}: share of workers written, from 0 (none) to 1 (all). */
    WorkerTable(MarketModel m, double sample) {
        super(columnNames());
        if (!(sample >= 0 && sample <= 1)) throw new IllegalArgumentException("worker sample must be from 0 to 1; found " + sample);
        this.m = m;
        this.sample = sample;
    }

    private static List<String> columnNames() {
        List<String> cols = new ArrayList<>(List.of("id", "country", "entry_day", "exit_day", "mean_pressure", "paid_hours",
                "unpaid_hours", "earnings_usd", "hourly_wage_paid_usd", "hourly_wage_effective_usd"));
        // Items are counted for personal-data categories only (the model does not keep NONE per worker).
        for (DataCategory c : DataCategory.values()) if (c.isPersonalData()) cols.add("items_" + c.name().toLowerCase(Locale.ROOT));
        cols.addAll(List.of("harm_events", "notified_events", "speed", "tasks_done"));
        return cols;
    }

    @Override
    public void forEachRow(RowSink sink) throws IOException {
        Workers ws = m.workers;
        Object[] row = new Object[columns().size()];
        for (int w = 0; w < ws.size; w++) {
            if (!ws.recorded(w) || !sampled(w, sample)) continue;
            int i = 0;
            row[i++] = w;
            row[i++] = m.countries.code[ws.country[w]];
            row[i++] = ws.entryDay[w];
            row[i++] = ws.exitDay[w] == Workers.STILL_ACTIVE ? null : ws.exitDay[w];
            row[i++] = ws.recordedDays[w] == 0 ? Double.NaN : ws.pressureSum[w] / ws.recordedDays[w];
            row[i++] = WageAnalysis.paidHours(ws, w);
            row[i++] = WageAnalysis.unpaidHours(ws, w);
            row[i++] = WageAnalysis.received(ws, w);
            row[i++] = WageAnalysis.paidHourlyWage(ws, w);
            row[i++] = WageAnalysis.effectiveHourlyWage(ws, w);
            for (int c = 1; c < C; c++) row[i++] = ws.exposures[w * C + c];
            row[i++] = ws.harmEvents[w];
            row[i++] = ws.notifiedEvents[w];
            row[i++] = (double) ws.speed[w];
            row[i] = ws.tasksDone[w];
            sink.accept(row);
        }
    }

    /** Whether worker {@code id} is in a sample of the given share: a fixed hash of the id (SplitMix64) against the share. */
    public static boolean sampled(int id, double share) {
        if (share >= 1) return true;
        if (share <= 0) return false;
        long z = id * 0x9E3779B97F4A7C15L + 0x2545F4914F6CDD1DL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53 < share;
    }
}
