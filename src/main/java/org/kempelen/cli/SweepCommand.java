package org.kempelen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kempelen.experiment.Sweep;
import org.kempelen.experiment.SweepException;
import org.kempelen.experiment.SweepProgress;
import org.kempelen.experiment.SweepResult;
import org.kempelen.output.CsvWriter;
import org.kempelen.spark.SparkSweeps;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kempelen sweep FILE}: run a parameter sweep described by a sweep file. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep: a base scenario, the parameters to vary, a design (grid, random, lhs, sobol,",
                "morris, csv), replications. Writes runs.csv, metrics_long.csv, aggregate.csv, sensitivity.csv (sobol,",
                "morris), sweep.manifest.json and charts/ into the sweep's out directory, streamed as runs finish, the same",
                "files whether the runs are done on threads or on Apache Spark (--engine spark; docs/CLUSTER.md).",
                "Exit status: 0 all runs ok, 3 some runs failed or were invalid (recorded in runs.csv), 2 bad input."})
final class SweepCommand implements Callable<Integer> {
    /** Exit status when the sweep finished but some runs failed. */
    static final int SOME_RUNS_FAILED = 3;

    @Parameters(index = "0", paramLabel = "FILE", description = "Sweep file (YAML).")
    Path file;

    @CommandLine.Mixin
    EngineOptions engine;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: the sweep file's 'out', else results/sweeps/<name>).")
    Path out;

    @Option(names = "--resume", description = "Continue a sweep that was interrupted, skipping finished runs.")
    boolean resume;

    @Option(names = "--allow-build-change", description = "With --resume: go on although another build of Kempelen made the runs so far"
            + " (refused otherwise); the manifest lists the builds.")
    boolean allowBuildChange;

    @Option(names = "--shard", paramLabel = "i/n", description = "Run only shard i of n (runs whose index modulo n is i); combine with 'merge'.")
    String shard;

    @Option(names = "--keep-runs", description = "Also write each run's directory under runs/ (tables; no charts, no microdata).")
    boolean keepRuns;

    @Option(names = "--no-charts", description = "No charts/.")
    boolean noCharts;

    @Option(names = "--dry-run", description = "Print the design (run, point, replication, seed, values) as CSV and stop.")
    boolean dryRun;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Sweep sweep = Sweep.load(file);
        PrintWriter stdout = spec.commandLine().getOut();
        if (dryRun) {
            List<Map<String, Object>> rows = sweep.describe();
            stdout.print(CsvWriter.line(rows.get(0).keySet().toArray()));
            for (Map<String, Object> row : rows) stdout.print(CsvWriter.line(row.values().toArray()));
            stdout.flush();
            spec.commandLine().getErr().println(sweep.spec().design().name() + " design: " + sweep.plan().points().size() + " points x "
                    + sweep.spec().replications() + " replications = " + sweep.runs().size() + " runs; " + sweep.metrics().size() + " metrics");
            return 0;
        }
        int index = 0;
        int count = 1;
        if (shard != null) {
            String[] parts = shard.split("/");
            try {
                index = Integer.parseInt(parts[0].trim());
                count = Integer.parseInt(parts[1].trim());
            } catch (RuntimeException e) {
                throw new BadInputException("--shard: expected i/n such as 0/4, found '" + shard + "'");
            }
            if (count < 1 || index < 0 || index >= count) throw new BadInputException("--shard i/n needs 0 <= i < n; found " + shard);
        }
        if (allowBuildChange && !resume) throw new BadInputException("--allow-build-change goes with --resume; add --resume, or drop it");
        engine.check(spec);
        SweepProgress progress = !quiet && System.console() != null ? new SweepProgressBar(System.err) : SweepProgress.NONE;
        Sweep.Options options = Sweep.Options.threads(engine.threads).withShard(index, count).withResume(resume).withBuildChange(allowBuildChange)
                .withKeepRuns(keepRuns).withCharts(!noCharts).withProgress(progress);
        SweepResult r;
        try {
            if (engine.onSpark()) r = SparkSweeps.run(sweep, options, out, engine.master);
            else r = out != null ? sweep.run(options, out) : sweep.run(options);
        } catch (SweepException e) {
            throw new BadInputException(e.getMessage());
        }
        if (!quiet) {
            spec.commandLine().getErr().printf("%s: %d runs (%d now), %d failed or invalid%n", sweep.spec().name(), r.runs(), r.ranNow(), r.failed());
        }
        stdout.println(r.out());
        stdout.flush();
        return r.failed() > 0 ? SOME_RUNS_FAILED : 0;
    }
}
