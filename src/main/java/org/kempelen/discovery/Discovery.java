package org.kempelen.discovery;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.kempelen.charts.ChartFiles;
import org.kempelen.charts.DiscoveryFigures;
import org.kempelen.metrics.Table;
import org.kempelen.output.AtomicFiles;
import org.kempelen.output.CsvWriter;
import org.kempelen.output.RunReader;
import org.kempelen.scenario.InputLimits;

/**
 * {@code kempelen discover}: reads a sweep's runs.csv, marks the runs whose metric is above (or
 * below) a threshold, and finds with {@link Prim} the box of the varied numeric parameters where
 * such runs concentrate. Writes prim_trajectory.csv (every peeling step), prim_box.csv (the chosen,
 * pasted box: each parameter's bounds, restricted or not) and the two figures into {@code out}.
 */
public final class Discovery {
    /** What to look for and how to peel. */
    public record Query(String metric, double threshold, boolean above, double alpha, double minSupport, double minCoverage) {}

    /** The chosen box and where it lies on the trajectory, for the CLI to print. */
    public record Found(List<String> parameters, Prim.Result result, Prim.Box chosen, int runs, List<String> leftOut) {}

    /** A sweep directory that cannot be searched, or a query it cannot answer. */
    public static final class BadDiscoveryException extends Exception {
        public BadDiscoveryException(String message) {
            super(message);
        }
    }

    private Discovery() {}

    public static Found run(Path sweep, Query q, Path out) throws IOException, BadDiscoveryException {
        Path runsFile = sweep.resolve("runs.csv");
        if (!Files.isRegularFile(runsFile)) throw new BadDiscoveryException(sweep + ": no runs.csv; give the output directory of a sweep");
        Table runs;
        try {
            runs = RunReader.csv(runsFile, "seed", "status");
        } catch (RunReader.BadRunException e) {
            throw new BadDiscoveryException(e.getMessage());
        }
        List<String> cols = runs.columns();
        if (!cols.contains(q.metric())) {
            int first = cols.contains("wall_seconds") ? cols.indexOf("wall_seconds") + 1 : cols.indexOf("status") + 1;
            throw new BadDiscoveryException(runsFile + ": no metric column " + InputLimits.quote(q.metric()) + "; the sweep collected "
                    + InputLimits.quote(String.join(", ", cols.subList(first, cols.size()))));
        }
        // The varied parameters are the columns between the seed and the status; the numeric ones span the space searched.
        List<String> parameters = new ArrayList<>(), leftOut = new ArrayList<>();
        int status = cols.indexOf("status"), metric = cols.indexOf(q.metric());
        for (int c = cols.indexOf("seed") + 1; c < status; c++) {
            final int col = c;
            if (runs.rows().stream().allMatch(r -> r[col] instanceof Number)) parameters.add(cols.get(c));
            else leftOut.add(cols.get(c));
        }
        if (parameters.isEmpty()) throw new BadDiscoveryException(runsFile + ": the sweep varies no numeric parameter to find a region of");
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Object[] row : runs.rows()) {
            if (!"ok".equals(row[status]) || !(row[metric] instanceof Number v) || !Double.isFinite(v.doubleValue())) continue;
            double[] p = new double[parameters.size()];
            for (int d = 0; d < p.length; d++) p[d] = ((Number) row[cols.indexOf(parameters.get(d))]).doubleValue();
            x.add(p);
            y.add(q.above() ? v.doubleValue() > q.threshold() : v.doubleValue() < q.threshold());
        }
        boolean[] ys = new boolean[y.size()];
        for (int i = 0; i < ys.length; i++) ys[i] = y.get(i);
        double[][] xs = x.toArray(double[][]::new);
        Prim.Result r;
        try {
            r = Prim.peel(xs, ys, q.alpha(), q.minSupport());
        } catch (IllegalArgumentException e) {
            throw new BadDiscoveryException(runsFile + ": " + e.getMessage() + " (" + xs.length + " runs with the metric, "
                    + (q.above() ? "above " : "below ") + q.threshold() + ")");
        }
        Prim.Box chosen = Prim.paste(xs, ys, Prim.choose(r, q.minCoverage()), r, q.alpha());
        write(out, parameters, r, chosen, q);
        return new Found(parameters, r, chosen, xs.length, leftOut);
    }

    private static void write(Path out, List<String> parameters, Prim.Result r, Prim.Box chosen, Query q) throws IOException {
        Files.createDirectories(out);
        Table trajectory = new Table(List.of("step", "coverage", "density", "runs_in_box", "restricted_parameters"));
        for (int i = 0; i < r.trajectory().size(); i++) {
            Prim.Box b = r.trajectory().get(i);
            trajectory.add(i, b.coverage(), b.density(), b.points(), restricted(parameters, b, r));
        }
        Table box = new Table(List.of("parameter", "low", "high", "restricted", "sweep_min", "sweep_max"));
        for (int d = 0; d < parameters.size(); d++) {
            box.add(parameters.get(d), chosen.low()[d], chosen.high()[d], chosen.restricts(d, r.min(), r.max()) ? "yes" : "no", r.min()[d], r.max()[d]);
        }
        AtomicFiles.write(out.resolve("prim_trajectory.csv"), csv(trajectory));
        AtomicFiles.write(out.resolve("prim_box.csv"), csv(box));
        String condition = q.metric() + (q.above() ? " > " : " < ") + q.threshold();
        for (var f : List.of(DiscoveryFigures.trajectory(r, chosen, condition), DiscoveryFigures.box(parameters, r, chosen, condition))) {
            ChartFiles.write(f.chart(), out, f.fileStem(), EnumSet.allOf(ChartFiles.Format.class), ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT);
        }
    }

    static String restricted(List<String> parameters, Prim.Box b, Prim.Result r) {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < parameters.size(); d++) if (b.restricts(d, r.min(), r.max())) out.add(parameters.get(d));
        return String.join(" ", out);
    }

    private static String csv(Table t) throws IOException {
        StringWriter w = new StringWriter();
        CsvWriter.write(t, w);
        return w.toString();
    }
}
