package org.kempelen.experiment;

import java.util.ArrayList;
import java.util.List;
import org.kempelen.metrics.RunAnalysis;
import org.kempelen.metrics.RunRecorder;
import org.kempelen.metrics.RunResults;
import org.kempelen.model.DayObserver;
import org.kempelen.model.MarketModel;
import org.kempelen.model.MarketState;
import org.kempelen.scenario.Location;
import org.kempelen.scenario.PolicyChange;
import org.kempelen.scenario.PolicyLevers;
import org.kempelen.scenario.Problem;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;
import org.kempelen.state.MemoryState;

/**
 * A run advanced one day at a time, whose policy levers may change between days: the scenario's
 * dated {@link PolicyChange}s, and switches made while it runs (the GUI). At a change the market
 * is carried over whole through a state in memory into a model of the scenario then in force, as
 * a run continuing from a saved state is (docs/STATES.md), so a switch recorded as a dated change
 * repeats byte for byte headless; with no change the run is the uninterrupted one.
 */
public final class SteppedRun implements AutoCloseable {
    private final Scenario loaded;
    private final int threads;
    private final DayObserver[] observers;
    private final List<PolicyChange> changes;
    private final int burnIn;
    private MarketModel model;
    private RunRecorder recorder;
    /** The next day index to run: 0 is the first burn-in day, burnIn the first recorded day. */
    private int dayIndex;
    private boolean finished;

    /** Builds and starts the model of {@code scenario} (its levers as before any dated change). */
    public SteppedRun(Scenario scenario, int threads, DayObserver... observers) {
        this.loaded = scenario;
        this.threads = threads;
        this.observers = observers.clone();
        this.changes = new ArrayList<>(scenario.policyChanges());
        this.burnIn = scenario.burnInDays();
        build(scenario.policyChanges().isEmpty() ? scenario : ScenarioLoader.inForce(scenario, -1));
        try {
            model.start();
        } catch (RuntimeException e) {
            model.finish();
            throw e;
        }
    }

    private void build(Scenario inForce) {
        model = new MarketModel(inForce, threads);
        recorder = RunRecorder.of(model);
        model.addObserver(recorder);
        for (DayObserver o : observers) model.addObserver(o);
    }

    /** Runs the next day (changing levers first when a change is dated on it); false when the horizon is over. */
    public synchronized boolean step() {
        if (finished) return false;
        int day = dayIndex - burnIn;
        if (day >= 0 && changes.stream().anyMatch(c -> c.day() == day)) branch(day);
        model.schedule.step(model);
        dayIndex++;
        if (dayIndex >= burnIn + loaded.days()) {
            finished = true;
            model.finish();
        }
        return true;
    }

    /** Carries the market at the start of recorded {@code day} into a model of the levers in force from then on. */
    private void branch(int day) {
        MemoryState state = new MemoryState();
        MarketState.save(model, dayIndex, state);
        recorder.save(state);
        model.finish();
        build(ScenarioLoader.inForce(scenario(), day));
        MarketState.Source in = state.source();
        model.startRestored(in);
        recorder.restore(in);
    }

    /**
     * Switches a lever from the start of the next recorded day (day 0 while in the burn-in):
     * {@code set} is PATH=VALUE as {@code --set} takes it, checked as a scenario's policy change
     * is. Returns the change recorded.
     */
    public synchronized PolicyChange switchLever(String set) throws ScenarioException {
        if (finished) throw new IllegalStateException("the run is over; no lever can be switched");
        PolicyChange change = new PolicyChange(Math.max(0, dayIndex - burnIn), set);
        String path = change.path();
        if (!PolicyLevers.isLever(path)) {
            throw new ScenarioException(new Problem(Location.of("switch " + set), path,
                    (path.isEmpty() ? "expected PATH=VALUE" : "'" + path + "' is not a policy lever") + "; levers: " + PolicyLevers.NAMES));
        }
        ScenarioLoader.withChanges(ScenarioLoader.inForce(scenario(), change.day()), List.of(set));
        changes.add(change);
        return change;
    }

    /** The scenario as loaded with every change so far among its policy changes: what repeats this run headless. */
    public synchronized Scenario scenario() {
        if (changes.equals(loaded.policyChanges())) return loaded;
        return ScenarioLoader.withPolicyChanges(loaded, changes);
    }

    /** The switches made while running (not those the scenario had). */
    public synchronized List<PolicyChange> switched() {
        return List.copyOf(changes.subList(loaded.policyChanges().size(), changes.size()));
    }

    /** The model running now (another one after each change of levers). */
    public synchronized MarketModel model() {
        return model;
    }

    public synchronized RunRecorder recorder() {
        return recorder;
    }

    /** The recorded day that runs next (negative in the burn-in). */
    public synchronized int nextDay() {
        return dayIndex - burnIn;
    }

    public synchronized boolean finished() {
        return finished;
    }

    /** The analysis of the whole horizon, once it has run. */
    public synchronized RunResults results(Simulation.Microdata microdata) {
        if (nextDay() < loaded.days()) throw new IllegalStateException("the run has " + (loaded.days() - nextDay()) + " days to go");
        return RunAnalysis.analyse(model, recorder, microdata.write(), microdata.workerSample());
    }

    /** Ends the helper threads of a run stopped before its horizon. */
    @Override
    public synchronized void close() {
        if (!finished) model.finish();
        finished = true;
    }
}
