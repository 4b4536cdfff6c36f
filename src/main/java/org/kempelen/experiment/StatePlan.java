package org.kempelen.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.kempelen.metrics.RunRecorder;
import org.kempelen.model.MarketModel;
import org.kempelen.model.MarketState;
import org.kempelen.output.BuildInfo;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioLoader;
import org.kempelen.state.StateCompatibility;
import org.kempelen.state.StateFile;

/**
 * Where a run starts and what it saves (docs/STATES.md): from day 0's
 * population or from a saved state ({@code from}), and whether it writes its state at the start
 * of recorded day {@code saveDay} to {@code saveTo}. The run's outputs do not depend on either:
 * continuing from a state with nothing changed gives the bytes of the uninterrupted run.
 */
public record StatePlan(Path from, Path saveTo, int saveDay, boolean stopAfterSave) {
    public static final StatePlan NONE = new StatePlan(null, null, 0);

    public StatePlan(Path from, Path saveTo, int saveDay) {
        this(from, saveTo, saveDay, false);
    }

    /** Runs only up to the start of day {@code day} and saves the market there: a shared burn-in. */
    public static StatePlan burnInOnly(Path saveTo, int day) {
        return new StatePlan(null, saveTo, day, true);
    }

    /** A state that cannot be used: the message names the file and what is wrong. */
    public static final class UnusableStateException extends Exception {
        public UnusableStateException(String message) {
            super(message);
        }
    }

    /**
     * Checks the plan against {@code scenario} before anything runs: the save day within the
     * horizon and not before the state's own day, and a state whose scenario differs from this
     * one in policy levers only. Returns the levers changed (empty without a state).
     */
    public List<String> check(Scenario scenario) throws UnusableStateException, IOException {
        if ((from != null || saveTo != null) && !scenario.changesWithinHorizon().isEmpty()) {
            throw new UnusableStateException("the scenario has policyChanges within its " + scenario.days() + " days; a run with dated policy "
                    + "changes neither starts from nor saves a state (--from-state, --save-state, burnIn: shared): give the levers of the "
                    + "state's day in the scenario instead");
        }
        int fromDay = Integer.MIN_VALUE;
        List<String> levers = List.of();
        if (from != null) {
            try (StateFile.Reader r = StateFile.open(from)) {
                fromDay = r.header.day();
                if (fromDay >= scenario.days()) {
                    throw new UnusableStateException("state file " + from + ": it is of day " + fromDay + ", beyond this scenario's "
                            + scenario.days() + " days");
                }
                levers = StateCompatibility.check(r.header.scenarioYaml(), ScenarioLoader.toYaml(scenario), fromDay);
            } catch (StateFile.BadStateException e) {
                throw new UnusableStateException(e.getMessage());
            } catch (StateCompatibility.StructuralChangeException e) {
                throw new UnusableStateException("state file " + from + ": " + e.getMessage());
            }
        }
        if (saveTo != null && (saveDay < 0 || saveDay >= scenario.days())) {
            throw new UnusableStateException("--state-day " + saveDay + " is not a recorded day of this scenario: from 0 to " + (scenario.days() - 1));
        }
        if (saveTo != null && java.nio.file.Files.isDirectory(saveTo)) {
            throw new UnusableStateException("--save-state " + saveTo + " is a directory; give the path of the state file to write");
        }
        if (saveTo != null && saveDay < fromDay) {
            throw new UnusableStateException("--state-day " + saveDay + " is before the day of the state it continues from (" + fromDay + ")");
        }
        return levers;
    }

    /** Runs {@code model} (with its recorder) as planned. */
    void run(MarketModel model, RunRecorder recorder, Scenario scenario) throws UnusableStateException, IOException {
        MarketModel.SaveHook hook = saveTo == null ? null : (m, dayIndex) -> save(m, recorder, scenario, dayIndex);
        if (from == null) {
            model.run(saveDay, hook, stopAfterSave);
            return;
        }
        int start;
        // A state that does not fit this model is refused whole; a model partly restored is finished, never run.
        try (StateFile.Reader r = StateFile.open(from)) {
            MarketState.Source in = r.source();
            start = model.startRestored(in);
            recorder.restore(in);
            r.finish();
        } catch (IllegalStateException e) {
            model.finish();
            throw new UnusableStateException("state file " + from + ": " + e.getMessage());
        } catch (StateFile.BadStateException e) {
            model.finish();
            throw new UnusableStateException(e.getMessage());
        }
        model.runDays(start, saveDay, hook, stopAfterSave);
    }

    private void save(MarketModel m, RunRecorder recorder, Scenario scenario, int dayIndex) {
        StateFile.Header header = new StateFile.Header("kempelen " + BuildInfo.version() + " (commit " + BuildInfo.commit() + ")",
                ScenarioLoader.toYaml(scenario), saveDay);
        try {
            StateFile.write(saveTo, header, out -> {
                MarketState.save(m, dayIndex, out);
                recorder.save(out);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state to " + saveTo + ": " + e.getMessage(), e);
        }
    }
}
