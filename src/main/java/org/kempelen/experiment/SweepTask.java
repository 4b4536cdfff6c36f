package org.kempelen.experiment;

import java.io.Serializable;
import java.time.Instant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import org.kempelen.metrics.RunResults;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioSnapshot;

/**
 * How one run of a sweep is done, by whichever engine and wherever: build its scenario from the
 * base scenario's files (read once, so a task carries them to machines that cannot see them),
 * the sweep's fixed settings and the run's values and seed; simulate; collect its metrics. A bad
 * point or a crash is recorded in the outcome, never thrown. Serializable, for Spark.
 */
public final class SweepTask implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Simulates a scenario; tests hand in one that fails. Serializable, since a Spark task carries it. */
    public interface Simulator extends Function<Scenario, RunResults>, Serializable {}

    private final ScenarioSnapshot scenario;
    private final ArrayList<String> fixed;
    private final Simulator simulate;
    /** Whether outcomes keep all the run's tables (for --keep-runs). */
    private final boolean keepTables;
    /** A shared burn-in: per run index, the state file it continues from (docs/STATES.md); empty otherwise. */
    private final HashMap<Integer, String> states = new HashMap<>();

    SweepTask(ScenarioSnapshot scenario, List<String> fixed, Simulator simulate, boolean keepTables) {
        this.scenario = scenario;
        this.fixed = new ArrayList<>(fixed);
        this.simulate = simulate;
        this.keepTables = keepTables;
    }

    /**
     * The runs of a policy search: {@code scenario} with the search's fixed settings, each run's
     * values (levers and uncertain parameters) and seed, simulated in this JVM or an executor's.
     */
    public static SweepTask of(ScenarioSnapshot scenario, List<String> fixed) {
        return new SweepTask(scenario, fixed, Simulation::run, false);
    }

    /** Continue run {@code run} from the saved state {@code file} instead of running its burn-in. */
    public void continueFrom(int run, Path file) {
        states.put(run, file.toString());
    }

    /** The scenario overrides of one run: the sweep's fixed settings, its varied values, its seed. */
    static List<String> overrides(List<String> fixed, RunSpec run) {
        List<String> all = new ArrayList<>(fixed);
        for (var e : run.values().entrySet()) all.add(e.getKey() + "=" + e.getValue());
        all.add("seed=" + run.seed());
        return all;
    }

    List<String> overrides(RunSpec run) {
        return overrides(fixed, run);
    }

    /** The base scenario file as the sweep file names it. */
    String scenarioFile() {
        return scenario.file();
    }

    Scenario scenario(RunSpec run) throws ScenarioException {
        return scenario.load(overrides(run));
    }

    /** The base scenario with these overrides (a shared burn-in's). */
    public Scenario scenario(List<String> overrides) throws ScenarioException {
        return scenario.load(overrides);
    }

    /** Does one run. */
    public RunOutcome run(RunSpec r) {
        long t0 = System.nanoTime();
        Scenario s;
        try {
            s = scenario(r);
        } catch (ScenarioException e) {
            return new RunOutcome(r, "invalid", e.problems().get(0).path() + ": " + e.problems().get(0).message(), seconds(t0),
                    null, null, null, null, null);
        }
        try {
            Instant started = Instant.now();
            String state = states.get(r.run());
            RunResults results = state == null ? simulate.apply(s) : Simulation.run(s, new StatePlan(Path.of(state), null, 0), 1);
            Instant finished = Instant.now();
            return new RunOutcome(r, "ok", "", seconds(t0), SweepMetrics.flatten(results.summary()), results.byCountry(),
                    keepTables ? results : null, started, finished);
        } catch (Exception | StackOverflowError e) {
            return new RunOutcome(r, "failed", e.toString(), seconds(t0), null, null, null, null, null);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
