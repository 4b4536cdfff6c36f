package org.kempelen.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.experiment.design.Plan;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;

/**
 * A parameter sweep: the Java API behind {@code kempelen sweep}, for users who script in Java
 * or JShell.
 * <pre>
 * Sweep sweep = Sweep.load(Path.of("sweeps/pressure-by-pricing.yaml"));
 * sweep.runs().forEach(System.out::println);               // the design, with seeds
 * SweepResult r = sweep.run(Sweep.Options.threads(2));     // runs.csv, aggregate.csv, ...
 * </pre>
 */
public final class Sweep {
    /**
     * How to run: threads (of the local engine), the shard of the runs to take, resume (and
     * whether it may go on with another build than the one that began the sweep), per-run
     * directories, charts, progress, and the engine (null: a thread pool of {@code threads}).
     */
    public record Options(int threads, int shardIndex, int shardCount, boolean resume, boolean allowBuildChange, boolean keepRuns,
                          boolean charts, SweepProgress progress, SweepEngine engineOrNull) {
        public static Options threads(int n) {
            return new Options(n, 0, 1, false, false, false, true, SweepProgress.NONE, null);
        }

        public Options withShard(int index, int count) {
            return new Options(threads, index, count, resume, allowBuildChange, keepRuns, charts, progress, engineOrNull);
        }

        public Options withResume(boolean r) {
            return new Options(threads, shardIndex, shardCount, r, allowBuildChange, keepRuns, charts, progress, engineOrNull);
        }

        /** With resume: go on although this build is not the one that made the runs so far (the manifest lists both). */
        public Options withBuildChange(boolean allow) {
            return new Options(threads, shardIndex, shardCount, resume, allow, keepRuns, charts, progress, engineOrNull);
        }

        public Options withKeepRuns(boolean k) {
            return new Options(threads, shardIndex, shardCount, resume, allowBuildChange, k, charts, progress, engineOrNull);
        }

        public Options withCharts(boolean c) {
            return new Options(threads, shardIndex, shardCount, resume, allowBuildChange, keepRuns, c, progress, engineOrNull);
        }

        public Options withProgress(SweepProgress p) {
            return new Options(threads, shardIndex, shardCount, resume, allowBuildChange, keepRuns, charts, p, engineOrNull);
        }

        /** Runs on {@code e} (e.g. {@code org.kempelen.spark.SparkSweepEngine}) instead of the local thread pool. */
        public Options withEngine(SweepEngine e) {
            return new Options(threads, shardIndex, shardCount, resume, allowBuildChange, keepRuns, charts, progress, e);
        }

        /** The engine that does the runs. */
        public SweepEngine engine() {
            return engineOrNull != null ? engineOrNull : new ThreadPoolEngine(threads);
        }
    }

    private final SweepSpec spec;
    private final Plan plan;
    private final List<RunSpec> runs;
    private final List<String> metrics;

    private Sweep(SweepSpec spec) throws ScenarioException {
        this.spec = spec;
        try {
            this.plan = spec.design().plan(spec.factors(), spec.seed());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(new org.kempelen.scenario.Problem(org.kempelen.scenario.Location.of(spec.file().toString()),
                    "design", e.getMessage()));
        }
        List<RunSpec> all = new ArrayList<>();
        for (int p = 0; p < plan.points().size(); p++) {
            for (int r = 0; r < spec.replications(); r++) {
                // A shared burn-in pairs the points of a replication: one seed for all of them (common random numbers).
                long seed = spec.sharedBurnIn() ? RunSpec.seed(spec.seed(), 0, r) : RunSpec.seed(spec.seed(), p, r);
                all.add(new RunSpec(all.size(), p, r, seed, plan.points().get(p)));
            }
        }
        this.runs = List.copyOf(all);
        List<String> probe = new ArrayList<>(spec.overrides());
        probe.add("population=1");
        Scenario base = ScenarioLoader.load(spec.scenario(), probe);
        try {
            this.metrics = SweepMetrics.select(SweepMetrics.allNames(base), spec.metrics());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(new org.kempelen.scenario.Problem(org.kempelen.scenario.Location.of(spec.file().toString()),
                    "metrics", e.getMessage()));
        }
    }

    /** Reads and checks a sweep file; nothing runs. */
    public static Sweep load(Path file) throws ScenarioException {
        return new Sweep(SweepLoader.load(file));
    }

    public SweepSpec spec() {
        return spec;
    }

    public Plan plan() {
        return plan;
    }

    /** Every run of the sweep in run order: point-major, replication-minor. */
    public List<RunSpec> runs() {
        return runs;
    }

    /** The runs of shard {@code index} of {@code count}: those whose run index modulo count is index. */
    public List<RunSpec> shard(int index, int count) {
        return runs.stream().filter(r -> r.run() % count == index).toList();
    }

    /** The scalar metrics collected for every run. */
    public List<String> metrics() {
        return metrics;
    }

    /** The scenario overrides of one run: the sweep's fixed settings, its varied values, its seed. */
    public List<String> overrides(RunSpec run) {
        return SweepTask.overrides(spec.overrides(), run);
    }

    /** Runs the sweep (or one shard of it) and writes its files into the sweep's output directory. */
    public SweepResult run(Options options) throws IOException, SweepException {
        return new SweepRunner(this, options, spec.out()).run();
    }

    /** Runs into another output directory than the sweep file names. */
    public SweepResult run(Options options, Path out) throws IOException, SweepException {
        return new SweepRunner(this, options, out).run();
    }

    /** The design as a table: run, point, replication, seed and the varied values. */
    public List<Map<String, Object>> describe() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RunSpec r : runs) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("run", r.run());
            row.put("point", r.point());
            row.put("replication", r.replication());
            row.put("seed", r.seed());
            row.putAll(r.values());
            out.add(row);
        }
        return out;
    }
}
