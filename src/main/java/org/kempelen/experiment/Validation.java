package org.kempelen.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.calibration.Comparison;
import org.kempelen.calibration.ReplicationPool;
import org.kempelen.calibration.Target;
import org.kempelen.calibration.TargetFit;
import org.kempelen.metrics.Table;
import org.kempelen.output.RunReader;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;

/**
 * What {@code validate} compares with the calibration targets: replications of a scenario run
 * now (nothing written), one run directory (n = 1), or the points of a sweep directory, each
 * point with its replications. Each replication is its summary's numeric metrics by dotted path.
 */
public final class Validation {
    /** One group of replications: a scenario, a run, or a sweep point with its varied values. */
    public record Point(String label, List<Object> key, List<Map<String, Double>> replications) {
        /**
         * The fit of each target's comparisons over this point's replications (an ordering's are
         * paired differences within each replication); a metric no replication reports is refused.
         */
        public List<TargetFit> fits(List<Target> targets) throws ValidationException {
            List<TargetFit> out = new ArrayList<>();
            for (Target t : targets) {
                for (String metric : t.metrics()) {
                    if (!replications.isEmpty() && replications.stream().noneMatch(r -> r.containsKey(metric))) {
                        throw new ValidationException(ModelCalibration.unknownMetric(t, metric) + " (" + label + " has no such metric)");
                    }
                }
                for (Comparison c : t.comparisons()) out.add(TargetFit.of(c, replications.stream().mapToDouble(c::value).toArray()));
            }
            return out;
        }
    }

    /** A scenario's name could not be found out, or a directory holds no usable results. */
    public static final class ValidationException extends Exception {
        public ValidationException(String message) {
            super(message);
        }
    }

    /** What is validated: its scenario's name (for the targets that apply), key columns of its points, and the points (run on demand). */
    public interface Subject {
        String scenarioName() throws ValidationException, ScenarioException;

        /** Columns naming a point in the CSV (point and varied values for a sweep; none otherwise). */
        List<String> keyColumns();

        /** The points, each replication with at least the targets' metrics where its results hold them. */
        List<Point> points(int threads, List<Target> targets) throws Exception;
    }

    private Validation() {}

    /** Replications seed, seed + 1, ... of a scenario, run on {@code threads} threads when {@link Subject#points} is called. */
    public static Subject scenario(Path file, List<String> overrides, int replications) throws ScenarioException {
        Scenario base = ScenarioLoader.load(file, overrides);
        return new Subject() {
            @Override public String scenarioName() {
                return base.name();
            }

            @Override public List<String> keyColumns() {
                return List.of();
            }

            @Override public List<Point> points(int threads, List<Target> targets) throws Exception {
                ModelCalibration.checkMetrics(file, overrides, targets);
                List<Map<String, Double>> reps;
                try (ReplicationPool pool = new ReplicationPool(threads)) {
                    reps = pool.run(replications, r -> {
                        List<String> o = new ArrayList<>(overrides);
                        o.add("seed=" + (base.seed() + r));
                        return SweepMetrics.flatten(Simulation.run(ScenarioLoader.load(file, o)).summary());
                    });
                }
                return List.of(new Point("scenario " + base.name() + ", seeds " + base.seed() + " to " + (base.seed() + replications - 1), List.of(), reps));
            }
        };
    }

    /** A run directory written by {@code run}: one replication. */
    public static Subject run(Path dir) throws ValidationException {
        org.kempelen.output.RunTables run;
        try {
            run = RunReader.read(dir);
        } catch (RunReader.BadRunException e) {
            throw new ValidationException(e.getMessage());
        }
        Point p = new Point("run " + dir + " (one run: no confidence interval)", List.of(), List.of(SweepMetrics.flatten(run.summary())));
        return fixed(run.scenarioName(), "", List.of(), List.of(p));
    }

    /**
     * A sweep directory: each design point with its replications (runs that failed are left out),
     * the metrics read as {@code compare} reads them (runs.csv, then metrics_long.csv for the
     * summary paths the sweep did not select). Every point is validated: a sweep asks how the
     * fit changes over the design.
     */
    public static Subject sweep(Path dir) throws ValidationException {
        Table runs;
        try {
            runs = RunReader.csv(dir.resolve(SweepFiles.RUNS), "run", "point", "replication", "seed", "status");
        } catch (RunReader.BadRunException e) {
            throw new ValidationException(e.getMessage());
        }
        List<String> columns = runs.columns();
        int seedCol = columns.indexOf("seed");
        List<String> factors = columns.subList(seedCol + 1, columns.indexOf("status"));
        Map<Integer, String> labels = new java.util.TreeMap<>();
        Map<Integer, List<Object>> keys = new LinkedHashMap<>();
        for (Object[] row : runs.rows()) {
            int point = ((Number) row[columns.indexOf("point")]).intValue();
            if (labels.containsKey(point)) continue;
            List<Object> key = new ArrayList<>(List.of(point));
            List<String> words = new ArrayList<>();
            for (int i = 0; i < factors.size(); i++) {
                key.add(row[seedCol + 1 + i]);
                words.add(factors.get(i) + "=" + org.kempelen.output.Fmt.value(row[seedCol + 1 + i]));
            }
            labels.put(point, "point " + point + (words.isEmpty() ? "" : ": " + String.join(", ", words)));
            keys.put(point, key);
        }
        if (labels.isEmpty()) throw new ValidationException(dir.resolve(SweepFiles.RUNS) + ": no runs yet");
        List<String> keyColumns = new ArrayList<>(List.of("point"));
        keyColumns.addAll(factors);
        String name = sweepScenarioName(dir);
        String whyNoName = "cannot tell which scenario the sweep in " + dir + " varied (no readable " + SweepFiles.MANIFEST
                + " naming an existing scenario file); choose the targets with --preset NAME";
        return new Subject() {
            @Override public String scenarioName() throws ValidationException {
                if (name == null) throw new ValidationException(whyNoName);
                return name;
            }

            @Override public List<String> keyColumns() {
                return keyColumns;
            }

            @Override public List<Point> points(int threads, List<Target> targets) throws ValidationException {
                List<Point> out = new ArrayList<>();
                for (Map.Entry<Integer, String> e : labels.entrySet()) {
                    SweepReader.PointRuns point;
                    try {
                        point = SweepReader.read(dir, e.getKey(), targets.stream().flatMap(t -> t.metrics().stream()).distinct().toList());
                    } catch (SweepException x) {
                        throw new ValidationException(x.getMessage());
                    }
                    List<Map<String, Double>> reps = new ArrayList<>();
                    for (SweepReader.SweepRun r : point.runs()) if (r.status().equals("ok")) reps.add(r.metrics());
                    out.add(new Point(e.getValue(), keys.get(e.getKey()), reps));
                }
                return out;
            }
        };
    }

    /** The name of the scenario a sweep varied, from its manifest; null when that cannot be found out. */
    private static String sweepScenarioName(Path dir) {
        try {
            Object file = new ObjectMapper().readValue(dir.resolve(SweepFiles.MANIFEST).toFile(), Map.class).get("scenario_file");
            if (file == null) return null;
            return ScenarioLoader.load(Path.of(file.toString()), List.of("population=1")).name();
        } catch (IOException | ScenarioException | RuntimeException e) {
            return null;
        }
    }

    /** A scenario file, a run directory or a sweep directory, told apart by what they hold. */
    public static Subject open(Path path, List<String> overrides, int replications) throws ValidationException, ScenarioException {
        if (Files.isRegularFile(path)) return scenario(path, overrides, replications);
        if (Files.isDirectory(path) && Files.isRegularFile(path.resolve("summary.json"))) return run(path);
        if (Files.isDirectory(path) && Files.isRegularFile(path.resolve(SweepFiles.RUNS))) return sweep(path);
        throw new ValidationException(path + ": " + (Files.isDirectory(path)
                ? "neither a run directory (no summary.json) nor a sweep directory (no runs.csv)"
                : "no such file or directory") + "; give a scenario file, a run directory or a sweep directory");
    }

    /** Results already on disk; {@code name} null when unknown, then {@code whyNoName} says so. */
    private static Subject fixed(String name, String whyNoName, List<String> keys, List<Point> points) {
        return new Subject() {
            @Override public String scenarioName() throws ValidationException {
                if (name == null) throw new ValidationException(whyNoName);
                return name;
            }

            @Override public List<String> keyColumns() {
                return keys;
            }

            @Override public List<Point> points(int threads, List<Target> targets) {
                return points;
            }
        };
    }
}
