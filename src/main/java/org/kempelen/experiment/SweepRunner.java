package org.kempelen.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.kempelen.output.DirectoryLock;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioSnapshot;

/**
 * Runs a sweep (or its shard, or what a killed sweep left) on its engine and writes the outcomes
 * in run order as the engine hands them over, whatever order they finished in. After each run the
 * journal records the files' lengths, so a killed sweep resumes exactly where its files end.
 */
final class SweepRunner {
    private final Sweep sweep;
    private final Sweep.Options options;
    private final Path out;
    /** How one run is simulated; tests replace it to inject failures. */
    private final SweepTask.Simulator simulate;

    SweepRunner(Sweep sweep, Sweep.Options options, Path out) {
        this(sweep, options, out, Simulation::run);
    }

    SweepRunner(Sweep sweep, Sweep.Options options, Path out, SweepTask.Simulator simulate) {
        this.sweep = sweep;
        this.options = options;
        this.out = out;
        this.simulate = simulate;
    }

    SweepResult run() throws IOException, SweepException {
        if (options.threads() < 1) throw new SweepException("--threads must be at least 1");
        if (options.shardCount() < 1 || options.shardIndex() < 0 || options.shardIndex() >= options.shardCount()) {
            throw new SweepException("--shard i/n needs 0 <= i < n; found " + options.shardIndex() + "/" + options.shardCount());
        }
        if (out.toString().matches("[A-Za-z][A-Za-z0-9+.-]*:/.*")) {
            throw new SweepException("the output directory " + out + " is a URL; a sweep writes to a path of the machine that runs it"
                    + " (the Spark driver), a local disk or a mounted shared one: copy the results to HDFS or S3 afterwards (docs/CLUSTER.md)");
        }
        SweepTask task;
        try {
            task = new SweepTask(ScenarioSnapshot.of(sweep.spec().scenario()), sweep.spec().overrides(), simulate, options.keepRuns());
        } catch (ScenarioException e) {
            throw new SweepException(e.getMessage());
        }
        try (DirectoryLock lock = DirectoryLock.acquire(out)) {
            return runLocked(task);
        }
    }

    /** The sweep, its directory locked for this process: a second sweep (or --resume) on it is refused. */
    private SweepResult runLocked(SweepTask task) throws IOException, SweepException {
        List<RunSpec> mine = sweep.shard(options.shardIndex(), options.shardCount());
        SweepEngine engine = options.engine();
        SweepFiles files = SweepFiles.open(sweep, out, options);
        int start = files.completedRuns();
        if (sweep.spec().sharedBurnIn()) SharedBurnIn.prepare(sweep, task, mine.subList(start, mine.size()), out, options);
        Instant started = Instant.now();
        ProgressCounter progress = new ProgressCounter(options.progress(), start, files.failedSoFar(), mine.size());
        engine.run(mine.subList(start, mine.size()), task, o -> {
            if (options.keepRuns() && o.ok()) keep(task, o);
            files.append(o);
        }, progress);
        progress.close(files.completedRuns(), files.failedSoFar());
        files.finish(started, Instant.now(), files.failedSoFar(), engine);
        return new SweepResult(out, mine.size(), mine.size() - start, files.failedSoFar());
    }

    /**
     * The run's own directory under runs/, written here from the tables the run returned (tables
     * only: microdata for every run of a sweep would dwarf everything else), so that it lands
     * beside the sweep's files whichever machine did the run.
     */
    private void keep(SweepTask task, RunOutcome o) throws IOException {
        RunSpec r = o.spec();
        Path dir = out.resolve("runs").resolve(String.format("p%05d-r%03d", r.point(), r.replication()));
        try {
            Simulation.writeTables(task.scenario(r), task.scenarioFile(), task.overrides(r), dir, o.kept(), o.started(), o.finished());
        } catch (ScenarioException e) {
            throw new IllegalStateException("run " + r.run() + " ran, yet its scenario no longer loads: " + e.getMessage(), e);
        }
    }
}
