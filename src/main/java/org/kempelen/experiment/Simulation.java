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
import org.kempelen.output.Manifest;
import org.kempelen.output.RunOutput;
import org.kempelen.output.RunReader;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioLoader;

/**
 * One run of one scenario, from Java or JShell: simulate, analyse, and optionally write the
 * run directory. The CLI's {@code run} command is a thin layer over this.
 */
public final class Simulation {
    private Simulation() {}

    /** Simulates {@code scenario}; {@code observers} are told of every day (e.g. a progress bar). */
    public static RunResults run(Scenario scenario, DayObserver... observers) {
        MarketModel model = new MarketModel(scenario);
        RunRecorder recorder = new RunRecorder();
        model.addObserver(recorder);
        for (DayObserver o : observers) model.addObserver(o);
        model.run();
        return RunAnalysis.analyse(model, recorder);
    }

    /** Simulates and writes the run directory {@code dir} with charts and report; returns the results. */
    public static RunResults runAndWrite(Scenario scenario, String scenarioFile, List<String> overrides, Path dir,
                                         boolean overwrite, DayObserver... observers) throws IOException {
        return runAndWrite(scenario, scenarioFile, overrides, dir, overwrite, Plots.Options.defaults(), observers);
    }

    /**
     * Simulates and writes the run directory {@code dir}; {@code charts} null writes no charts or
     * report. Charts are drawn from the tables as written, exactly as {@code plot} would.
     */
    public static RunResults runAndWrite(Scenario scenario, String scenarioFile, List<String> overrides, Path dir,
                                         boolean overwrite, Plots.Options charts, DayObserver... observers) throws IOException {
        String yaml = ScenarioLoader.toYaml(scenario);
        Instant started = Instant.now();
        RunResults results = run(scenario, observers);
        Instant finished = Instant.now();
        Manifest manifest = new Manifest(scenario.name(), scenarioFile, overrides, RunOutput.sha256(yaml), scenario.seed(),
                scenario.days(), scenario.population(), started, finished, results.workerDays(), results.offersEvaluated());
        RunOutput.write(dir, yaml, results, manifest, overwrite, (tmp, target) -> {
            if (charts == null) return;
            try {
                Plots.drawRuns(List.of(RunReader.read(tmp, target)), null, tmp, charts);
            } catch (RunReader.BadRunException e) {
                throw new IllegalStateException("a run directory just written cannot be read back: " + e.getMessage(), e);
            }
        });
        return results;
    }
}
