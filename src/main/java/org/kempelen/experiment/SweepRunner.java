package org.kempelen.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.kempelen.metrics.RunResults;
import org.kempelen.output.DirectoryLock;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;

/**
 * Runs a sweep's runs on a thread pool and writes their rows in run order, whatever order they
 * finish in: runs are dispatched in a bounded window ahead of the next row to write, so memory
 * stays bounded and the files do not depend on the number of threads. After each run the
 * journal records the files' lengths, so a killed sweep resumes exactly where its files end.
 */
final class SweepRunner {
    /** Outcome of one run: its metrics (null unless ok) and tidy rows, or why it failed. */
    record Outcome(RunSpec spec, String status, String error, double wallSeconds, Map<String, Double> metrics, RunResults results) {}

    private final Sweep sweep;
    private final Sweep.Options options;
    private final Path out;
    /** How one run is simulated; tests replace it to inject failures. */
    private final Function<Scenario, RunResults> simulate;

    SweepRunner(Sweep sweep, Sweep.Options options, Path out) {
        this(sweep, options, out, Simulation::run);
    }

    SweepRunner(Sweep sweep, Sweep.Options options, Path out, Function<Scenario, RunResults> simulate) {
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
        try (DirectoryLock lock = DirectoryLock.acquire(out)) {
            return runLocked();
        }
    }

    /** The sweep, its directory locked for this process: a second sweep (or --resume) on it is refused. */
    private SweepResult runLocked() throws IOException, SweepException {
        List<RunSpec> mine = sweep.shard(options.shardIndex(), options.shardCount());
        SweepFiles files = SweepFiles.open(sweep, out, options);
        int start = files.completedRuns();
        int failed = files.failedSoFar();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "kempelen-sweep");
            t.setDaemon(true);
            return t;
        });
        int window = options.threads() * 2;
        Deque<Future<Outcome>> pending = new ArrayDeque<>();
        int next = start;
        int done = start;
        try {
            while (next < mine.size() || !pending.isEmpty()) {
                while (next < mine.size() && pending.size() < window) {
                    RunSpec r = mine.get(next++);
                    pending.add(pool.submit(() -> runOne(r)));
                }
                Outcome o = pending.removeFirst().get();
                files.append(o);
                done++;
                if (!o.status().equals("ok")) failed++;
                double elapsed = (System.nanoTime() - t0) / 1e9;
                options.progress().update(done, failed, mine.size(), (done - start) / Math.max(elapsed, 1e-9));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a run could not be completed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        files.finish(started, Instant.now(), failed);
        return new SweepResult(out, mine.size(), mine.size() - start, failed);
    }

    /** One run: build its scenario, simulate, collect metrics. A bad point or a crash is recorded, never thrown. */
    private Outcome runOne(RunSpec r) {
        long t0 = System.nanoTime();
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(sweep.spec().scenario(), sweep.overrides(r));
        } catch (ScenarioException e) {
            return new Outcome(r, "invalid", e.problems().get(0).path() + ": " + e.problems().get(0).message(), seconds(t0), null, null);
        }
        try {
            RunResults results;
            if (options.keepRuns()) {
                Path dir = out.resolve("runs").resolve(String.format("p%05d-r%03d", r.point(), r.replication()));
                // Tables only: microdata for every run of a sweep would dwarf everything else.
                results = Simulation.runAndWrite(scenario, sweep.spec().scenario().toString(), sweep.overrides(r), dir, true,
                        null, Simulation.Microdata.NONE);
            } else {
                results = simulate.apply(scenario);
            }
            return new Outcome(r, "ok", "", seconds(t0), SweepMetrics.flatten(results.summary()), results);
        } catch (Exception | StackOverflowError e) {
            return new Outcome(r, "failed", e.toString(), seconds(t0), null, null);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
