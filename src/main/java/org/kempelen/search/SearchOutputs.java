package org.kempelen.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.charts.ChartFiles;
import org.kempelen.charts.Figures;
import org.kempelen.charts.SearchFigures;
import org.kempelen.charts.SearchReport;
import org.kempelen.experiment.design.Domain;
import org.kempelen.experiment.design.Factor;
import org.kempelen.output.AtomicFiles;
import org.kempelen.output.BuildInfo;
import org.kempelen.output.CsvWriter;
import org.kempelen.output.Fmt;
import org.kempelen.output.Json;

/**
 * The files of a finished search, beside evaluations.csv: front.csv, hypervolume.csv,
 * states.csv, a scenario file per front member (front/member-K.yaml), the figures (charts/),
 * report.html and search.manifest.json. All but the manifest's timings are the same for the
 * same search file and build, on any number of threads, resumed or not.
 */
final class SearchOutputs {
    static final String MANIFEST = "search.manifest.json";

    private SearchOutputs() {}

    static void write(PolicySearch.Result r, String engine, Instant started, Instant finished) throws IOException {
        Path out = r.out();
        Hypervolumes hv = Hypervolumes.of(r);
        AtomicFiles.write(out.resolve("front.csv"), frontCsv(r));
        AtomicFiles.write(out.resolve("hypervolume.csv"), hv.csv());
        AtomicFiles.write(out.resolve("states.csv"), statesCsv(r));
        MemberFiles.write(r);
        List<Figures.Figure> figures = figures(r, hv);
        Path charts = out.resolve("charts");
        if (Files.isDirectory(charts)) AtomicFiles.deleteTree(charts);
        for (Figures.Figure f : figures) {
            ChartFiles.write(f.chart(), charts, f.fileStem(), EnumSet.allOf(ChartFiles.Format.class), ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT);
        }
        AtomicFiles.write(out.resolve("report.html"), report(r, figures));
        AtomicFiles.write(out.resolve(MANIFEST), manifest(r, hv, engine, started, finished));
    }

    /** The front's columns: member, candidate, generation, origin, levers, robust objectives and constraints, its scenario file. */
    static List<String> frontHeader(SearchSpec spec) {
        List<String> h = new ArrayList<>(List.of("member", "candidate", "generation", "origin"));
        spec.levers().forEach(f -> h.add(f.path()));
        spec.objectives().forEach(o -> h.add(o.column()));
        spec.constraints().forEach(c -> h.add(c.column()));
        h.add("scenario");
        return h;
    }

    static List<List<Object>> frontRows(PolicySearch.Result r) {
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 0; k < r.front().size(); k++) {
            Candidate c = r.candidates().get(r.front().get(k));
            List<Object> row = new ArrayList<>(List.of(k + 1, c.id(), c.isBase() ? "NA" : c.generation(), c.isBase() ? "base" : "search"));
            for (Factor f : r.spec().levers()) row.add(c.levers().get(f.path()));
            for (double v : r.objectives().get(c.id())) row.add(v);
            for (double v : r.constraints().get(c.id())) row.add(v);
            row.add(MemberFiles.relative(k + 1));
            rows.add(row);
        }
        return rows;
    }

    private static String frontCsv(PolicySearch.Result r) {
        StringBuilder b = new StringBuilder(CsvWriter.line(frontHeader(r.spec()).toArray()));
        for (List<Object> row : frontRows(r)) b.append(CsvWriter.line(row.toArray()));
        return b.toString();
    }

    /** The states of the world: each state's uncertain values and each replication's seed, exactly as the runs used them. */
    private static String statesCsv(PolicySearch.Result r) {
        List<Object> h = new ArrayList<>(List.of("state", "replication", "seed"));
        r.spec().uncertain().forEach(f -> h.add(f.path()));
        StringBuilder b = new StringBuilder(CsvWriter.line(h.toArray()));
        StatesOfTheWorld states = r.states();
        for (int s = 0; s < states.size(); s++) {
            for (int rep = 0; rep < r.spec().replications(); rep++) {
                List<Object> row = new ArrayList<>(List.of(s, rep + 1, states.seeds()[s][rep]));
                // Exact (Java's shortest round-trip text), not rounded to 10 digits: a rerun must get the very value.
                for (Factor f : r.spec().uncertain()) row.add(String.valueOf(states.values().get(s).get(f.path())));
                b.append(CsvWriter.line(row.toArray()));
            }
        }
        return b.toString();
    }

    private static List<Figures.Figure> figures(PolicySearch.Result r, Hypervolumes hv) {
        SearchSpec spec = r.spec();
        List<Figures.Figure> out = new ArrayList<>();
        Candidate base = r.candidates().get(0);
        List<Integer> feasible = new ArrayList<>();
        for (int i = 1; i < r.candidates().size(); i++) if (r.feasible()[i]) feasible.add(i);
        if (!r.front().isEmpty()) out.add(parallel(r));
        int m = spec.objectives().size();
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                final int a = i, b = j;
                String stem = m == 2 ? "front_tradeoff" : "front_tradeoff_" + (i + 1) + "_" + (j + 1);
                out.add(SearchFigures.tradeOff(stem, spec.objectives().get(i).describe(), spec.objectives().get(j).describe(),
                        feasible.stream().map(k -> pair(r.objectives().get(k), a, b)).toList(),
                        r.front().stream().map(k -> pair(r.objectives().get(k), a, b)).toList(), pair(r.objectives().get(base.id()), a, b)));
            }
        }
        out.add(SearchFigures.hypervolume(hv.byGeneration()));
        return out;
    }

    private static double[] pair(double[] v, int a, int b) {
        return new double[] {v[a], v[b]};
    }

    /** Parallel coordinates: levers on their search range, objectives on their range over the front and the base. */
    private static Figures.Figure parallel(PolicySearch.Result r) {
        SearchSpec spec = r.spec();
        List<String> axes = new ArrayList<>();
        int d = spec.levers().size();
        int m = spec.objectives().size();
        double[] low = new double[m];
        double[] high = new double[m];
        java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
        List<Integer> shown = new ArrayList<>(r.front());
        if (r.feasible()[0] || Double.isFinite(r.objectives().get(0)[0])) shown.add(0);
        for (int k : shown) {
            double[] v = r.objectives().get(k);
            for (int o = 0; o < m; o++) {
                if (!Double.isFinite(v[o])) continue;
                low[o] = Math.min(low[o], v[o]);
                high[o] = Math.max(high[o], v[o]);
            }
        }
        // Short names (the last part of a path) keep the axis labels legible; the caption and front.csv have the full ones.
        for (Factor f : spec.levers()) axes.add(last(f.path()) + " " + range(f.domain()));
        for (int o = 0; o < m; o++) {
            Objective objective = spec.objectives().get(o);
            axes.add(last(objective.metric()) + " (" + objective.robustness().label() + ") [" + short3(low[o]) + ", " + short3(high[o]) + "]");
        }
        List<double[]> lines = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int k = 0; k < r.front().size(); k++) {
            lines.add(line(r.candidates().get(r.front().get(k)), r.objectives().get(r.front().get(k)), spec, low, high, d, m));
            names.add("member " + (k + 1));
        }
        double[] base = line(r.candidates().get(0), r.objectives().get(0), spec, low, high, d, m);
        return SearchFigures.parallel(axes, lines, names, base);
    }

    private static double[] line(Candidate c, double[] objectives, SearchSpec spec, double[] low, double[] high, int d, int m) {
        double[] out = new double[d + m];
        for (int i = 0; i < d; i++) out[i] = share(spec.levers().get(i).domain(), c.levers().get(spec.levers().get(i).path()));
        for (int o = 0; o < m; o++) out[d + o] = high[o] > low[o] ? (objectives[o] - low[o]) / (high[o] - low[o]) : 0.5;
        return out;
    }

    /** Where {@code v} lies in a lever's domain, 0 to 1 (a choice by its place in the list); NaN when it lies outside. */
    private static double share(Domain domain, Object v) {
        if (domain instanceof Domain.Levels l) {
            int i = l.values().indexOf(v);
            return i < 0 ? Double.NaN : l.values().size() == 1 ? 0.5 : i / (double) (l.values().size() - 1);
        }
        Domain.Range range = (Domain.Range) domain;
        if (!(v instanceof Number n)) return Double.NaN;
        double u = (n.doubleValue() - range.min()) / (range.max() - range.min());
        return u >= 0 && u <= 1 ? u : Double.NaN;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Three significant digits, for axis labels. */
    private static String short3(double v) {
        return Double.isFinite(v) ? new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString() : "NA";
    }

    private static String range(Domain domain) {
        if (domain instanceof Domain.Levels l) return "[" + String.join(", ", l.values().stream().map(String::valueOf).toList()) + "]";
        Domain.Range range = (Domain.Range) domain;
        return "[" + Fmt.number(range.min()) + ", " + Fmt.number(range.max()) + "]";
    }

    private static String report(PolicySearch.Result r, List<Figures.Figure> figures) throws IOException {
        SearchSpec spec = r.spec();
        List<String> facts = new ArrayList<>();
        facts.add("Base scenario " + spec.scenario() + (spec.overrides().isEmpty() ? "" : " with " + String.join(", ", spec.overrides())));
        facts.add("Levers: " + String.join("; ", spec.levers().stream().map(f -> f.path() + " in " + range(f.domain())).toList()));
        facts.add("Objectives: " + String.join("; ", spec.objectives().stream().map(Objective::describe).toList()));
        if (!spec.constraints().isEmpty()) facts.add("Constraints: " + String.join("; ", spec.constraints().stream().map(Constraint::describe).toList()));
        facts.add(r.states().size() + (r.states().size() == 1 ? " state of the world" : " states of the world (Latin hypercube of "
                + String.join(", ", spec.uncertain().stream().map(Factor::path).toList()) + ")") + " x " + spec.replications()
                + (spec.replications() == 1 ? " replication" : " replications") + " per candidate, the same seeds for every candidate");
        int feasible = 0;
        for (int i = 1; i < r.feasible().length; i++) if (r.feasible()[i]) feasible++;
        facts.add(spec.algorithm().algorithm() + ": " + spec.algorithm().generations() + " generations of " + spec.algorithm().populationSize()
                + " = " + (r.candidates().size() - 1) + " candidates (" + feasible + " feasible), and the base scenario; front of " + r.front().size());
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : frontRows(r)) rows.add(row.stream().map(Fmt::value).toList());
        return SearchReport.html("Policy search: " + spec.name(), facts, frontHeader(spec), rows, figures, Files.readString(spec.file()));
    }

    private static String manifest(PolicySearch.Result r, Hypervolumes hv, String engine, Instant started, Instant finished) {
        SearchSpec spec = r.spec();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kempelen_version", BuildInfo.version());
        m.put("commit", BuildInfo.commit());
        m.put("build", BuildInfo.id());
        m.put("builds", r.builds().manifest(r.candidates().size(), "candidates"));
        m.put("search", spec.name());
        m.put("search_file", spec.file().toString());
        m.put("fingerprint", spec.fingerprint());
        m.put("scenario_file", spec.scenario().toString());
        m.put("algorithm", spec.algorithm().algorithm().name());
        m.put("population_size", spec.algorithm().populationSize());
        m.put("generations", spec.algorithm().generations());
        m.put("algorithm_seed", spec.algorithm().seed());
        m.put("candidates", r.candidates().size() - 1);
        m.put("states_of_the_world", r.states().size());
        m.put("replications", spec.replications());
        m.put("runs", r.candidates().size() * r.states().size() * spec.replications());
        m.put("front_size", r.front().size());
        m.put("hypervolume", hv.manifest());
        m.put("engine", engine);
        m.put("started", started.toString());
        m.put("finished", finished.toString());
        m.put("wall_seconds", (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0);
        return Json.write(m);
    }
}
