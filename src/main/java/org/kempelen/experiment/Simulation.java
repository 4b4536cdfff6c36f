package org.kempelen.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.kempelen.metrics.RunAnalysis;
import org.kempelen.metrics.RunRecorder;
import org.kempelen.metrics.RunResults;
import org.kempelen.model.DayObserver;
import org.kempelen.model.MarketModel;
import org.kempelen.output.DirectoryLock;
import org.kempelen.output.Manifest;
import org.kempelen.output.RunOutput;
import org.kempelen.output.RunReader;
import org.kempelen.output.UnusableOutputException;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioLoader;

/**
 * One run of one scenario, from Java or JShell: simulate, analyse, and optionally write the
 * run directory. The CLI's {@code run} command is a thin layer over this.
 */
public final class Simulation {
    /**
     * Which microdata a run directory gets: workers.csv (a share {@code workerSample} of the
     * recorded workers, chosen by a hash of their id) and campaigns.csv, plain or gzipped.
     */
    public record Microdata(boolean write, double workerSample, boolean gzip) {
        public static final Microdata ALL = new Microdata(true, 1, false);
        public static final Microdata NONE = new Microdata(false, 1, false);

        public Microdata {
            if (!(workerSample >= 0 && workerSample <= 1)) {
                throw new IllegalArgumentException("worker sample must be a share from 0 to 1; found " + workerSample);
            }
        }
    }

    private Simulation() {}

    /**
     * Simulates {@code scenario}; {@code observers} are told of every day (e.g. a progress bar). No
     * microdata. Throws {@link MemoryCheck.HeapTooSmallException} before allocating when the run will not fit.
     */
    public static RunResults run(Scenario scenario, DayObserver... observers) {
        try {
            return simulate(scenario, Microdata.NONE, 1, StatePlan.NONE, observers);
        } catch (StatePlan.UnusableStateException | IOException e) {
            throw new IllegalStateException("a run without a state plan used one", e);
        }
    }

    /** As {@link #run(Scenario, DayObserver...)}, from or saving a market state as {@code plan} says. */
    public static RunResults run(Scenario scenario, StatePlan plan, int threads, DayObserver... observers)
            throws StatePlan.UnusableStateException, IOException {
        plan.check(scenario);
        return simulate(scenario, Microdata.NONE, threads, plan, observers);
    }

    /** Runs only the burn-in of {@code scenario} and saves the market at the start of day 0 to {@code state}: a shared burn-in. */
    public static void saveBurnIn(Scenario scenario, Path state) throws StatePlan.UnusableStateException, IOException {
        StatePlan plan = StatePlan.burnInOnly(state, 0);
        plan.check(scenario);
        runModel(scenario, 1, plan);
    }

    private static RunResults simulate(Scenario scenario, Microdata microdata, int threads, StatePlan plan, DayObserver... observers)
            throws StatePlan.UnusableStateException, IOException {
        Ran ran = runModel(scenario, threads, plan, observers);
        return RunAnalysis.analyse(ran.model(), ran.recorder(), microdata.write(), microdata.workerSample());
    }

    /** A model that has run, with the recorder of its days. */
    private record Ran(MarketModel model, RunRecorder recorder) {}

    /** Builds the model of {@code scenario} with its recorder and {@code observers} and runs it as {@code plan} says. */
    private static Ran runModel(Scenario scenario, int threads, StatePlan plan, DayObserver... observers)
            throws StatePlan.UnusableStateException, IOException {
        MemoryCheck.require(scenario);
        if (!scenario.changesWithinHorizon().isEmpty()) {
            // Dated policy changes: day by day, the market carried into the levers of each change (StatePlan refuses a plan here).
            try (SteppedRun run = new SteppedRun(scenario, threads, observers)) {
                while (run.step()) {
                    // each step runs one day
                }
                return new Ran(run.model(), run.recorder());
            }
        }
        MarketModel model = new MarketModel(scenario, threads);
        RunRecorder recorder = RunRecorder.of(model);
        model.addObserver(recorder);
        for (DayObserver o : observers) model.addObserver(o);
        plan.run(model, recorder, scenario);
        return new Ran(model, recorder);
    }

    /** Simulates and writes the run directory {@code dir} with charts, report and microdata; returns the results. */
    public static RunResults runAndWrite(Scenario scenario, String scenarioFile, List<String> overrides, Path dir,
                                         boolean overwrite, DayObserver... observers) throws IOException {
        return runAndWrite(scenario, scenarioFile, overrides, dir, overwrite, Plots.Options.defaults(), observers);
    }

    /** As below, with all microdata. */
    public static RunResults runAndWrite(Scenario scenario, String scenarioFile, List<String> overrides, Path dir,
                                         boolean overwrite, Plots.Options charts, DayObserver... observers) throws IOException {
        return runAndWrite(scenario, scenarioFile, overrides, dir, overwrite, charts, Microdata.ALL, observers);
    }

    /** As below, on one thread. */
    public static RunResults runAndWrite(Scenario scenario, String scenarioFile, List<String> overrides, Path dir,
                                         boolean overwrite, Plots.Options charts, Microdata microdata, DayObserver... observers)
            throws IOException {
        return runAndWrite(scenario, scenarioFile, overrides, dir, overwrite, charts, microdata, 1, observers);
    }

    /**
     * Simulates on {@code threads} threads (the files are the same for any number) and writes the
     * run directory {@code dir}, which this process holds locked meanwhile ({@link DirectoryLock}:
     * a second writer is refused); {@code charts} null writes no charts or report. Charts are drawn
     * from the tables as written, exactly as {@code plot} would. The results returned no longer
     * hold the model (microdata are in the files).
     */
    public static RunResults runAndWrite(Scenario scenario, String scenarioFile, List<String> overrides, Path dir,
                                         boolean overwrite, Plots.Options charts, Microdata microdata, int threads,
                                         DayObserver... observers) throws IOException {
        try {
            return runAndWrite(scenario, scenarioFile, overrides, dir, overwrite, charts, microdata, threads, StatePlan.NONE, observers);
        } catch (StatePlan.UnusableStateException e) {
            throw new IllegalStateException("a run without a state plan used one", e);
        }
    }

    /** As above, from or saving a market state as {@code plan} says (checked before the directory is locked). */
    public static RunResults runAndWrite(Scenario scenario, String scenarioFile, List<String> overrides, Path dir,
                                         boolean overwrite, Plots.Options charts, Microdata microdata, int threads,
                                         StatePlan plan, DayObserver... observers) throws IOException, StatePlan.UnusableStateException {
        plan.check(scenario);
        try (DirectoryLock lock = DirectoryLock.acquire(dir)) {
            // Another process may have finished writing it between the caller's check and the lock.
            String problem = RunOutput.problemWith(dir, overwrite);
            if (problem != null) throw new UnusableOutputException(problem);
            return simulateAndWrite(scenario, scenarioFile, overrides, dir, overwrite, charts, microdata, threads, plan, observers);
        }
    }

    private static RunResults simulateAndWrite(Scenario scenario, String scenarioFile, List<String> overrides, Path dir,
                                               boolean overwrite, Plots.Options charts, Microdata microdata, int threads,
                                               StatePlan plan, DayObserver... observers) throws IOException, StatePlan.UnusableStateException {
        Instant started = Instant.now();
        RunResults results = simulate(scenario, microdata, threads, plan, observers);
        Instant finished = Instant.now();
        write(scenario, scenarioFile, overrides, dir, overwrite, charts, microdata, threads, plan.from(), results, started, finished);
        return results.withoutMicrodata();
    }

    /**
     * Writes the run directory {@code dir} (replacing it) from results computed before, on one
     * thread from {@code started} to {@code finished}: tables, no charts, no microdata. A sweep's
     * kept runs are written so, by the process that writes the sweep, whichever machine ran them.
     */
    public static void writeTables(Scenario scenario, String scenarioFile, List<String> overrides, Path dir, RunResults results,
                                   Instant started, Instant finished) throws IOException {
        try (DirectoryLock lock = DirectoryLock.acquire(dir)) {
            String problem = RunOutput.problemWith(dir, true);
            if (problem != null) throw new UnusableOutputException(problem);
            write(scenario, scenarioFile, overrides, dir, true, null, Microdata.NONE, 1, null, results, started, finished);
        }
    }

    /**
     * Writes the run directory {@code dir} of a run made step by step ({@link SteppedRun}, the
     * GUI) as {@code run} writes it: {@code scenario} is the run's, with the levers switched
     * while it ran among its policy changes; {@code dir} is locked while written.
     */
    public static void writeRun(Scenario scenario, String scenarioFile, List<String> overrides, Path dir, boolean overwrite,
                                Plots.Options charts, Microdata microdata, RunResults results, Instant started, Instant finished) throws IOException {
        try (DirectoryLock lock = DirectoryLock.acquire(dir)) {
            String problem = RunOutput.problemWith(dir, overwrite);
            if (problem != null) throw new UnusableOutputException(problem);
            write(scenario, scenarioFile, overrides, dir, overwrite, charts, microdata, 1, null, results, started, finished);
        }
    }

    private static void write(Scenario scenario, String scenarioFile, List<String> overrides, Path dir, boolean overwrite,
                              Plots.Options charts, Microdata microdata, int threads, Path fromState, RunResults results, Instant started,
                              Instant finished) throws IOException {
        String yaml = ScenarioLoader.toYaml(scenario);
        Manifest manifest = new Manifest(scenario.name(), scenarioFile, overrides, RunOutput.sha256(yaml), scenario.seed(),
                scenario.days(), scenario.population(), started, finished, results.workerDays(), results.offersEvaluated(),
                scenario.burnInDays(), results.burnInWorkerDays(), results.burnInOffersEvaluated(),
                microdata.write() ? microdata.workerSample() : Double.NaN, threads,
                fromState == null ? null : fromState.toString());
        RunOutput.write(dir, yaml, results, manifest, overwrite, microdata.gzip(), (tmp, target) -> {
            if (charts == null) return;
            try {
                List<String> skipped = Plots.drawRuns(List.of(RunReader.read(tmp, target)), null, tmp, charts);
                if (!skipped.isEmpty()) throw new IllegalStateException("a run just written lacks figures: " + skipped);
            } catch (RunReader.BadRunException e) {
                throw new IllegalStateException("a run directory just written cannot be read back: " + e.getMessage(), e);
            }
        });
    }
}
