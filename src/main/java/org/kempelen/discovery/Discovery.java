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
 * {@code kempelen discover}: reads a sweep's runs.csv (or one candidate's rows of a policy
 * search's evaluations.csv), marks the runs whose metric is above (or below) a threshold, and
 * finds with {@link Prim} the box of the varied numeric parameters (of a search: its uncertain
 * parameters, one point per state of the world) where such runs concentrate. Writes prim_trajectory.csv (every peeling step), prim_box.csv (the chosen,
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

    /** The file of a policy search's states of the world (org.kempelen.search): state, replication, seed, uncertain values. */
    static final String SEARCH_STATES = "states.csv";

    private Discovery() {}

    public static Found run(Path sweep, Query q, Path out) throws IOException, BadDiscoveryException {
        Path runsFile = sweep.resolve("runs.csv");
        if (!Files.isRegularFile(runsFile)) {
            throw new BadDiscoveryException(sweep + ": no runs.csv; give the output directory of a sweep"
                    + (Files.isRegularFile(sweep.resolve(SEARCH_STATES)) ? " (this is a policy search's: choose its candidate with --candidate K)" : ""));
        }
        Table runs = read(runsFile, "seed", "status");
        List<String> cols = runs.columns();
        int first = cols.contains("wall_seconds") ? cols.indexOf("wall_seconds") + 1 : cols.indexOf("status") + 1;
        int metric = metricColumn(runsFile, cols, q.metric(), cols.subList(first, cols.size()));
        // The varied parameters are the columns between the seed and the status; the numeric ones span the space searched.
        List<String> parameters = new ArrayList<>(), leftOut = new ArrayList<>();
        int status = cols.indexOf("status");
        for (int c = cols.indexOf("seed") + 1; c < status; c++) {
            final int col = c;
            if (runs.rows().stream().allMatch(r -> r[col] instanceof Number)) parameters.add(cols.get(c));
            else leftOut.add(cols.get(c));
        }
        if (parameters.isEmpty()) throw new BadDiscoveryException(runsFile + ": the sweep varies no numeric parameter to find a region of");
        List<Object[]> ok = runs.rows().stream().filter(row -> "ok".equals(row[status])).toList();
        return find(runsFile, parameters, cols, ok, metric, q, out, leftOut);
    }

    /**
     * Scenario discovery on a policy search's states of the world: where in the uncertain
     * parameters does candidate {@code candidate} (an id of evaluations.csv, e.g. from front.csv)
     * have the metric above or below the threshold? One point per state of the world.
     */
    public static Found runOnSearch(Path search, int candidate, Query q, Path out) throws IOException, BadDiscoveryException {
        Path evaluations = search.resolve("evaluations.csv");
        Path statesFile = search.resolve(SEARCH_STATES);
        if (!Files.isRegularFile(evaluations) || !Files.isRegularFile(statesFile)) {
            throw new BadDiscoveryException(search + ": no evaluations.csv and states.csv; --candidate is for the output directory of a finished policy search");
        }
        List<String> parameters = read(statesFile, "state", "seed").columns();
        parameters = new ArrayList<>(parameters.subList(parameters.indexOf("seed") + 1, parameters.size()));
        if (parameters.isEmpty()) throw new BadDiscoveryException(statesFile + ": the search has no uncertain parameters to find a region of");
        Table rows = read(evaluations, "candidate", "state");
        List<String> cols = rows.columns();
        int metric = metricColumn(evaluations, cols, q.metric(), cols.subList(cols.indexOf(parameters.get(parameters.size() - 1)) + 1, cols.size()));
        int id = cols.indexOf("candidate");
        List<Object[]> mine = rows.rows().stream().filter(r -> r[id] instanceof Number n && n.intValue() == candidate).toList();
        if (mine.isEmpty()) throw new BadDiscoveryException(evaluations + ": no candidate " + candidate + " (ids run from 0, the base, to "
                + rows.rows().stream().mapToInt(r -> ((Number) r[id]).intValue()).max().orElse(0) + ")");
        return find(evaluations, parameters, cols, mine, metric, q, out, List.of());
    }

    private static Table read(Path file, String... required) throws BadDiscoveryException {
        try {
            return RunReader.csv(file, required);
        } catch (RunReader.BadRunException e) {
            throw new BadDiscoveryException(e.getMessage());
        }
    }

    private static int metricColumn(Path file, List<String> cols, String metric, List<String> metrics) throws BadDiscoveryException {
        if (!cols.contains(metric)) {
            throw new BadDiscoveryException(file + ": no metric column " + InputLimits.quote(metric) + "; the file holds "
                    + InputLimits.quote(String.join(", ", metrics)));
        }
        return cols.indexOf(metric);
    }

    /** PRIM over {@code rows} (each a point of {@code parameters}, columns {@code cols}), marking those whose metric meets the query. */
    private static Found find(Path source, List<String> parameters, List<String> cols, List<Object[]> rows, int metric, Query q, Path out,
                              List<String> leftOut) throws IOException, BadDiscoveryException {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Object[] row : rows) {
            if (!(row[metric] instanceof Number v) || !Double.isFinite(v.doubleValue())) continue;
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
            throw new BadDiscoveryException(source + ": " + e.getMessage() + " (" + xs.length + " runs with the metric, "
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
