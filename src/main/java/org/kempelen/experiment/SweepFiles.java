package org.kempelen.experiment;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kempelen.charts.Replicates;
import org.kempelen.experiment.design.Factor;
import org.kempelen.experiment.design.MorrisAnalysis;
import org.kempelen.experiment.design.MorrisDesign;
import org.kempelen.experiment.design.SobolAnalysis;
import org.kempelen.experiment.design.SobolDesign;
import org.kempelen.output.AtomicFiles;
import org.kempelen.output.BuildInfo;
import org.kempelen.output.BuildStamps;
import org.kempelen.output.CsvWriter;
import org.kempelen.output.Json;
import org.kempelen.output.RunReader;

/**
 * The files of a sweep directory. runs.csv and metrics_long.csv grow one run at a time, in run
 * order; a hidden journal records their lengths after each run, so a sweep killed at any
 * moment (even SIGKILL) resumes by cutting them back to the last recorded run. The journal also
 * records the build that made the runs ({@link BuildStamps}): another build resumes only when
 * allowed, and the manifest lists the builds. aggregate.csv,
 * sensitivity.csv, sweep.manifest.json and the charts are written at the end, each atomically.
 */
final class SweepFiles {
    static final String RUNS = "runs.csv";
    static final String LONG = "metrics_long.csv";
    static final String AGGREGATE = "aggregate.csv";
    static final String SENSITIVITY = "sensitivity.csv";
    static final String MANIFEST = "sweep.manifest.json";
    static final String JOURNAL = ".sweep-journal";

    private final Sweep sweep;
    private final Path out;
    private final Sweep.Options options;
    private final Set<String> countries;
    private BufferedWriter runs;
    private BufferedWriter tidy;
    private FileChannel runsChannel;
    private FileChannel tidyChannel;
    private BufferedWriter journal;
    private BuildStamps builds;
    private int completed;
    private int failed;

    private SweepFiles(Sweep sweep, Path out, Sweep.Options options) {
        this.sweep = sweep;
        this.out = out;
        this.options = options;
        this.countries = countryCodes(sweep);
    }

    private static Set<String> countryCodes(Sweep sweep) {
        try {
            List<String> probe = new ArrayList<>(sweep.spec().overrides());
            probe.add("population=1");
            return new LinkedHashSet<>(org.kempelen.scenario.ScenarioLoader.load(sweep.spec().scenario(), probe).countryCodes());
        } catch (org.kempelen.scenario.ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a fresh sweep directory, or (with resume) the one a killed sweep left, cut back to its last whole run. */
    static SweepFiles open(Sweep sweep, Path out, Sweep.Options options) throws IOException, SweepException {
        SweepFiles f = new SweepFiles(sweep, out, options);
        Path journal = out.resolve(JOURNAL);
        String header = "kempelen-sweep 1 " + sweep.spec().fileHash() + " shard " + options.shardIndex() + "/" + options.shardCount();
        if (Files.exists(journal)) {
            if (!options.resume()) {
                throw new SweepException(out + " already holds a sweep; add --resume to continue it, or choose another --out");
            }
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(header)) {
                throw new SweepException("cannot resume " + out + ": it was started by another sweep file, another version of it, or another shard ("
                        + (lines.isEmpty() ? "empty journal" : lines.get(0)) + "; now " + header + ")");
            }
            String[] last = null;
            for (int i = lines.size() - 1; i >= 1 && last == null; i--) {
                String[] parts = lines.get(i).trim().split(" ");
                if (parts.length == 4 && !BuildStamps.isStamp(lines.get(i))) last = parts;
            }
            if (last == null) throw new SweepException("cannot resume " + out + ": its journal records no state");
            f.completed = Integer.parseInt(last[0]);
            f.failed = Integer.parseInt(last[1]);
            try {
                f.builds = BuildStamps.read(lines.subList(1, lines.size())).resume(f.completed, BuildInfo.id(), options.allowBuildChange());
            } catch (BuildStamps.Refused e) {
                throw new SweepException("cannot resume " + out + ": " + e.getMessage());
            }
            truncate(out.resolve(RUNS), Long.parseLong(last[2]));
            truncate(out.resolve(LONG), Long.parseLong(last[3]));
            // Rewrite the journal without a torn last line, whole or not at all.
            AtomicFiles.write(journal, header + "\n" + f.builds.lines() + String.join(" ", last) + "\n");
            f.openWriters(false);
        } else {
            if (Files.isDirectory(out)) {
                try (var s = Files.list(out)) {
                    if (s.findAny().isPresent()) {
                        throw new SweepException(out + " exists and is not a sweep directory; choose another --out");
                    }
                }
            }
            Files.createDirectories(out);
            f.openWriters(true);
            f.runs.write(CsvWriter.line(runsHeader(sweep).toArray()));
            f.tidy.write(CsvWriter.line("run", "point", "replication", "seed", "metric", "category", "country", "value"));
            f.flush();
            f.builds = BuildStamps.of(BuildInfo.id());
            Files.writeString(journal, header + "\n" + f.builds.lines(), StandardCharsets.UTF_8);
            f.openJournal();
            f.record();
            return f;
        }
        f.openJournal();
        return f;
    }

    static List<String> runsHeader(Sweep sweep) {
        List<String> h = new ArrayList<>(List.of("run", "point", "replication", "seed"));
        for (Factor fac : sweep.spec().factors()) h.add(fac.path());
        h.addAll(List.of("status", "error", "wall_seconds"));
        h.addAll(sweep.metrics());
        return h;
    }

    private void openWriters(boolean fresh) throws IOException {
        var opts = fresh ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE}
                : new StandardOpenOption[] {StandardOpenOption.WRITE, StandardOpenOption.APPEND};
        runsChannel = FileChannel.open(out.resolve(RUNS), opts);
        tidyChannel = FileChannel.open(out.resolve(LONG), opts);
        runs = new BufferedWriter(new OutputStreamWriter(java.nio.channels.Channels.newOutputStream(runsChannel), StandardCharsets.UTF_8));
        tidy = new BufferedWriter(new OutputStreamWriter(java.nio.channels.Channels.newOutputStream(tidyChannel), StandardCharsets.UTF_8));
    }

    private void openJournal() throws IOException {
        journal = Files.newBufferedWriter(out.resolve(JOURNAL), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    int completedRuns() {
        return completed;
    }

    int failedSoFar() {
        return failed;
    }

    /** Appends one run's rows, then records the new file lengths in the journal. */
    void append(RunOutcome o) throws IOException {
        RunSpec r = o.spec();
        List<Object> row = new ArrayList<>(List.of(r.run(), r.point(), r.replication(), r.seed()));
        for (Factor fac : sweep.spec().factors()) row.add(r.values().get(fac.path()));
        row.add(o.status());
        row.add(o.error());
        row.add(Math.round(o.wallSeconds() * 1000) / 1000.0);
        for (String m : sweep.metrics()) row.add(o.metrics() == null ? Double.NaN : o.metrics().getOrDefault(m, Double.NaN));
        runs.write(CsvWriter.line(row.toArray()));
        if (o.metrics() != null) {
            for (var e : o.metrics().entrySet()) {
                SweepMetrics.Tidy t = SweepMetrics.tidy(e.getKey(), countries);
                tidy.write(CsvWriter.line(r.run(), r.point(), r.replication(), r.seed(), t.metric(), t.category(), t.country(), e.getValue()));
            }
            try {
                SweepMetrics.byCountry(o.byCountry(), (metric, category, country, value) ->
                        write(tidy, CsvWriter.line(r.run(), r.point(), r.replication(), r.seed(), metric, category, country, value)));
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
        completed++;
        if (!o.ok()) failed++;
        flush();
        record();
    }

    private static void write(BufferedWriter w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void flush() throws IOException {
        runs.flush();
        tidy.flush();
    }

    private void record() throws IOException {
        journal.write(completed + " " + failed + " " + runsChannel.size() + " " + tidyChannel.size() + "\n");
        journal.flush();
    }

    private static void truncate(Path f, long size) throws IOException {
        try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE)) {
            c.truncate(size);
        }
    }

    /** Closes the growing files and writes aggregate, sensitivity, manifest and (for a whole sweep) charts. */
    void finish(Instant started, Instant finished, int failedRuns, SweepEngine engine) throws IOException {
        runs.close();
        tidy.close();
        journal.close();
        boolean whole = options.shardCount() == 1;
        finalFiles(sweep, out, whole && options.charts());
        Map<String, Object> m = manifest(sweep, started, finished, failedRuns, builds.manifest(completed, "runs"));
        m.put("shard", options.shardIndex() + "/" + options.shardCount());
        m.put("engine", engine.name());
        if (engine instanceof ThreadPoolEngine) m.put("threads", options.threads());
        AtomicFiles.write(out.resolve(MANIFEST), Json.write(m));
    }

    /** The manifest's fields; {@code builds}: each build that made runs and how many (this build wrote the other files). */
    static Map<String, Object> manifest(Sweep sweep, Instant started, Instant finished, int failedRuns, List<Map<String, Object>> builds) {
        SweepSpec s = sweep.spec();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kempelen_version", BuildInfo.version());
        m.put("commit", BuildInfo.commit());
        m.put("build", BuildInfo.id());
        m.put("builds", builds);
        m.put("sweep", s.name());
        m.put("sweep_file", s.file().toString());
        m.put("sweep_sha256", s.fileHash());
        m.put("scenario_file", s.scenario().toString());
        m.put("seed", s.seed());
        m.put("design", s.design().name());
        List<Map<String, Object>> factors = new ArrayList<>();
        for (Factor f : s.factors()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("path", f.path());
            fm.put("domain", f.domain().toString());
            factors.add(fm);
        }
        m.put("factors", factors);
        m.put("fixed", s.overrides());
        m.put("points", sweep.plan().points().size());
        m.put("replications", s.replications());
        m.put("runs", sweep.runs().size());
        m.put("runs_failed_or_invalid", failedRuns);
        m.put("metrics", sweep.metrics().size());
        m.put("sensitivity", sensitivityMethod(sweep));
        m.put("started", started.toString());
        m.put("finished", finished.toString());
        m.put("wall_seconds", (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0);
        return m;
    }

    private static String sensitivityMethod(Sweep sweep) {
        if (sweep.spec().design() instanceof SobolDesign) return "sobol (first and total order, bootstrap 95 % CI)";
        if (sweep.spec().design() instanceof MorrisDesign) return "morris (mu, mu*, sigma)";
        return "none (needs design sobol or morris)";
    }

    /** aggregate.csv, sensitivity.csv and charts from runs.csv as it stands in {@code out}. */
    static void finalFiles(Sweep sweep, Path out, boolean charts) throws IOException {
        List<String> metrics = sweep.metrics();
        int points = sweep.plan().points().size();
        double[][] pointMeans = new double[metrics.size()][points];
        for (double[] a : pointMeans) java.util.Arrays.fill(a, Double.NaN);
        Path aggTmp = out.resolve("." + AGGREGATE + ".tmp");
        try (BufferedReader in = Files.newBufferedReader(out.resolve(RUNS), StandardCharsets.UTF_8);
             BufferedWriter agg = Files.newBufferedWriter(aggTmp, StandardCharsets.UTF_8)) {
            List<String> header = RunReader.split(in.readLine());
            int pointCol = header.indexOf("point");
            int statusCol = header.indexOf("status");
            int firstMetric = header.indexOf("wall_seconds") + 1;
            List<Object> aggHeader = new ArrayList<>(List.of("point"));
            for (Factor f : sweep.spec().factors()) aggHeader.add(f.path());
            aggHeader.addAll(List.of("metric", "n", "mean", "sd", "ci_low", "ci_high", "ci_half_width", "relative_ci_half_width"));
            agg.write(CsvWriter.line(aggHeader.toArray()));
            int current = -1;
            List<double[]> values = new ArrayList<>();
            String line;
            while (true) {
                line = in.readLine();
                List<String> cells = line == null || line.isEmpty() ? null : RunReader.split(line);
                int point = cells == null ? -1 : Integer.parseInt(cells.get(pointCol));
                if (point != current && current >= 0) {
                    writeAggregate(agg, sweep, current, values, pointMeans);
                    values.clear();
                }
                if (cells == null) break;
                current = point;
                if (!cells.get(statusCol).equals("ok")) continue;
                double[] v = new double[metrics.size()];
                for (int i = 0; i < v.length; i++) v[i] = parse(cells.get(firstMetric + i));
                values.add(v);
            }
        }
        AtomicFiles.move(aggTmp, out.resolve(AGGREGATE));
        writeSensitivity(sweep, out, pointMeans);
        if (charts) SweepCharts.write(sweep, out);
    }

    private static void writeAggregate(BufferedWriter agg, Sweep sweep, int point, List<double[]> values, double[][] pointMeans) throws IOException {
        List<String> metrics = sweep.metrics();
        Map<String, Object> at = sweep.plan().points().get(point);
        for (int i = 0; i < metrics.size(); i++) {
            int m = i;
            Replicates.Estimate e = Replicates.of(values.stream().mapToDouble(a -> a[m]).filter(Double::isFinite).toArray());
            double mean = e.mean();
            double half = e.halfWidth();
            pointMeans[i][point] = mean;
            List<Object> row = new ArrayList<>(List.of(point));
            for (Factor f : sweep.spec().factors()) row.add(at.get(f.path()));
            row.addAll(List.of(metrics.get(i), e.n(), mean, e.sd(), mean - half, mean + half, half, mean != 0 ? Math.abs(half / mean) : Double.NaN));
            agg.write(CsvWriter.line(row.toArray()));
        }
    }

    private static void writeSensitivity(Sweep sweep, Path out, double[][] pointMeans) throws IOException {
        boolean sobol = sweep.spec().design() instanceof SobolDesign;
        boolean morris = sweep.spec().design() instanceof MorrisDesign;
        Path target = out.resolve(SENSITIVITY);
        if (!sobol && !morris) {
            Files.deleteIfExists(target);
            return;
        }
        StringBuilder b = new StringBuilder(CsvWriter.line("metric", "factor", "method", "index", "value", "ci_low", "ci_high", "n"));
        List<String> metrics = sweep.metrics();
        for (int i = 0; i < metrics.size(); i++) {
            String metric = metrics.get(i);
            if (sobol) {
                for (var s : SobolAnalysis.indices(sweep.plan(), pointMeans[i], sweep.spec().bootstrap(), sweep.spec().seed())) {
                    b.append(CsvWriter.line(metric, s.factor(), "sobol", "S1", s.s1(), s.s1Low(), s.s1High(), s.n()));
                    b.append(CsvWriter.line(metric, s.factor(), "sobol", "ST", s.st(), s.stLow(), s.stHigh(), s.n()));
                }
            } else {
                for (var e : MorrisAnalysis.effects(sweep.plan(), pointMeans[i])) {
                    b.append(CsvWriter.line(metric, e.factor(), "morris", "mu", e.mu(), Double.NaN, Double.NaN, e.r()));
                    b.append(CsvWriter.line(metric, e.factor(), "morris", "mu_star", e.muStar(), Double.NaN, Double.NaN, e.r()));
                    b.append(CsvWriter.line(metric, e.factor(), "morris", "sigma", e.sigma(), Double.NaN, Double.NaN, e.r()));
                }
            }
        }
        AtomicFiles.write(target, b.toString());
    }

    static double parse(String s) {
        if (s.isEmpty() || s.equals("NA")) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
