package org.kempelen.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kempelen.charts.ChartFiles;
import org.kempelen.charts.Figures;
import org.kempelen.charts.Replicates;
import org.kempelen.charts.Report;
import org.kempelen.output.AtomicFiles;
import org.kempelen.output.RunReader;
import org.kempelen.output.RunTables;

/** Draws the figures and the HTML report from run directories: after a run, and on demand ({@code plot}). */
public final class Plots {
    /** What to draw and how big. */
    public record Options(Set<ChartFiles.Format> formats, int width, int height) {
        public static Options defaults() {
            return new Options(Set.of(ChartFiles.Format.PNG, ChartFiles.Format.SVG), ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT);
        }
    }

    private Plots() {}

    /**
     * Reads the runs, groups them by label ({@code labels} null: scenario names; runs sharing a
     * label are replications) and writes {@code out/charts/} and {@code out/report.html}. Returns
     * one message per figure left out because a run's tables lack what it needs (runs written by
     * an older version); the other figures are drawn.
     */
    public static List<String> draw(List<Path> runDirs, List<String> labels, Path out, Options options)
            throws IOException, RunReader.BadRunException {
        List<RunTables> runs = new ArrayList<>();
        for (Path dir : runDirs) runs.add(RunReader.read(dir));
        return drawRuns(runs, labels, out, options);
    }

    /** As {@link #draw}, for runs already read. */
    public static List<String> drawRuns(List<RunTables> runs, List<String> labels, Path out, Options options) throws IOException {
        List<Replicates> groups = Replicates.group(runs, labels);
        List<Figures.Figure> figures = Figures.all(groups);
        List<String> skipped = Figures.skipped(groups);
        Files.createDirectories(out);
        // Charts go to a temporary folder that replaces charts/ in one rename; the report is written beside and moved.
        Path tmp = out.resolve(".charts.tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Path old = out.resolve(".charts.old-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            for (Figures.Figure f : figures) {
                ChartFiles.write(f.chart(), tmp, f.fileStem(), options.formats(), options.width(), options.height());
            }
            Path report = out.resolve(".report.html.tmp-" + ProcessHandle.current().pid());
            Files.writeString(report, Report.html(groups, figures, options.width(), options.height()), StandardCharsets.UTF_8);
            Path charts = out.resolve("charts");
            if (Files.exists(charts)) AtomicFiles.move(charts, old);
            AtomicFiles.move(tmp, charts);
            AtomicFiles.move(report, out.resolve("report.html"));
        } finally {
            AtomicFiles.deleteTree(tmp);
            AtomicFiles.deleteTree(old);
        }
        return skipped;
    }
}
