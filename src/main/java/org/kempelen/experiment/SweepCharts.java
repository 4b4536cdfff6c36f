package org.kempelen.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.kempelen.charts.ChartFiles;
import org.kempelen.charts.Figures;
import org.kempelen.charts.SweepFigures;
import org.kempelen.experiment.design.Domain;
import org.kempelen.experiment.design.Factor;
import org.kempelen.metrics.Table;
import org.kempelen.output.RunReader;

/** The sweep's charts, drawn from its tables through the chart package. */
final class SweepCharts {
    /** Headline metrics drawn when the sweep file names none, in order of preference. */
    static final List<String> PREFERRED = List.of("pressure_gradient.FACE_PHOTO.odds_ratio_top_vs_bottom",
            "exposure.poorest_half_share_of_sensitive_items", "wages.median_effective_hourly_wage_usd", "wages.unpaid_time_share");

    private SweepCharts() {}

    static List<String> chartMetrics(Sweep sweep) {
        if (!sweep.spec().chartMetrics().isEmpty()) return SweepMetrics.select(sweep.metrics(), sweep.spec().chartMetrics());
        List<String> out = new ArrayList<>(PREFERRED.stream().filter(sweep.metrics()::contains).toList());
        for (String m : sweep.metrics()) if (out.size() < 4 && !out.contains(m)) out.add(m);
        return out;
    }

    static void write(Sweep sweep, Path out) throws IOException {
        Table runs;
        Table sensitivity = null;
        try {
            runs = RunReader.csv(out.resolve(SweepFiles.RUNS), "status");
            if (Files.exists(out.resolve(SweepFiles.SENSITIVITY))) sensitivity = RunReader.csv(out.resolve(SweepFiles.SENSITIVITY), "metric");
        } catch (RunReader.BadRunException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<Figures.Figure> figures = new ArrayList<>();
        List<Factor> factors = sweep.spec().factors();
        boolean grid = sweep.spec().design().name().equals("grid");
        List<Factor> numeric = factors.stream().filter(SweepCharts::numeric).toList();
        for (String metric : chartMetrics(sweep)) {
            for (Factor f : factors) {
                // A grid asks how one lever's effect depends on another: a line (or bar) per level of the next factor.
                String by = grid ? groupFor(f, factors) : null;
                figures.add(numeric(f) ? SweepFigures.metricVersusFactor(runs, metric, f.path(), by)
                        : SweepFigures.metricByLevel(runs, metric, f.path(), by));
                // A third factor: small multiples, one panel per level, so nothing is pooled away.
                String panel = by == null ? null : groupFor(f, factors, by, MAX_PANELS);
                if (numeric(f) && panel != null) figures.add(SweepFigures.metricVersusFactorPanels(runs, metric, f.path(), by, panel));
            }
            if (grid && numeric.size() >= 2) figures.add(SweepFigures.metricHeatMap(runs, metric, numeric.get(0).path(), numeric.get(1).path()));
            if (sensitivity != null) figures.add(SweepFigures.sensitivity(sensitivity, metric));
        }
        Path charts = out.resolve("charts");
        for (Figures.Figure f : figures) {
            ChartFiles.write(f.chart(), charts, f.fileStem(), EnumSet.allOf(ChartFiles.Format.class),
                    ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT);
        }
    }

    /** The factor whose levels give {@code f}'s chart one series each: the next factor of the grid with 2 to 8 levels, else none. */
    private static String groupFor(Factor f, List<Factor> factors) {
        return groupFor(f, factors, null, MAX_SERIES);
    }

    /** The next factor after {@code f}, other than {@code besides}, with 2 to {@code most} levels; null if none. */
    private static String groupFor(Factor f, List<Factor> factors, String besides, int most) {
        int at = factors.indexOf(f);
        for (int i = 1; i < factors.size(); i++) {
            Factor g = factors.get((at + i) % factors.size());
            if (g.path().equals(besides)) continue;
            if (g.domain() instanceof Domain.Levels l && l.values().size() >= 2 && l.values().size() <= most) return g.path();
            if (g.domain() instanceof Domain.Range r && r.steps() >= 2 && r.steps() <= most) return g.path();
        }
        return null;
    }

    /** Series in a chart at most: beyond it lines cannot be told apart. */
    static final int MAX_SERIES = 8;
    /** Panels side by side at most: beyond it each is too narrow to read. */
    static final int MAX_PANELS = 6;

    private static boolean numeric(Factor f) {
        return f.domain() instanceof Domain.Range || ((Domain.Levels) f.domain()).values().stream().allMatch(v -> v instanceof Number);
    }
}
