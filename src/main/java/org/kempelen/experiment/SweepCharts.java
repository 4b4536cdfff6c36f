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
        for (String metric : chartMetrics(sweep)) {
            for (Factor f : sweep.spec().factors()) {
                if (numeric(f)) figures.add(SweepFigures.metricVersusFactor(runs, metric, f.path()));
            }
            if (sensitivity != null) figures.add(SweepFigures.sensitivity(sensitivity, metric));
        }
        Path charts = out.resolve("charts");
        for (Figures.Figure f : figures) {
            ChartFiles.write(f.chart(), charts, f.fileStem(), EnumSet.allOf(ChartFiles.Format.class),
                    ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT);
        }
    }

    private static boolean numeric(Factor f) {
        return f.domain() instanceof Domain.Range || ((Domain.Levels) f.domain()).values().stream().allMatch(v -> v instanceof Number);
    }
}
