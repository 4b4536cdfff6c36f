package org.kempelen.gui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.kempelen.experiment.Plots;
import org.kempelen.experiment.Simulation;
import org.kempelen.experiment.SteppedRun;
import org.kempelen.output.RunOutput;
import org.kempelen.scenario.PolicyChange;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;

/**
 * The scenario under MASON's Console: play, pause, step and stop run it day by day through a
 * {@link SteppedRun} (burn-in first, then the recorded days up to the horizon, where the Console
 * stops); the Console's seed is the scenario's. The state MASON sees is the model running now,
 * which is another one after each lever switch.
 */
public final class MarketGui extends GUIState {
    /** Prefix of a result that is a refusal (shown in red). */
    static final String REFUSED = "refused: ";

    private final Path file;
    private final List<String> overrides;
    /** Edits made in the inspector before start, as --set overrides after the command line's. */
    private final List<String> edits = new ArrayList<>();
    private Scenario scenario;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    final LiveSeries live;
    private SteppedRun run;
    private Instant started;
    private volatile Instant ended;
    LiveCharts charts;
    WorldView world;
    ParameterInspector inspector;
    private final AtomicBoolean refreshPending = new AtomicBoolean();

    MarketGui(Scenario scenario, Path file, List<String> overrides) {
        super(new SimState(scenario.seed()));
        this.scenario = scenario;
        this.file = file;
        this.overrides = List.copyOf(overrides);
        List<String> platforms = new ArrayList<>();
        scenario.allPlatforms().forEach(p -> platforms.add(p.name()));
        List<String> names = new ArrayList<>();
        scenario.countries().values().forEach(c -> names.add(c.name()));
        this.live = new LiveSeries(scenario.countryCodes().toArray(String[]::new), names.toArray(String[]::new), platforms.toArray(String[]::new));
    }

    public static String getName() {
        return "Kempelen";
    }

    public static Object getInfo() {
        return "<html><h2>Kempelen</h2><p>An agent-based crowdwork market in which workers sell their own personal data.</p>"
                + "<p>Play runs the burn-in, then the recorded days up to the horizon. The Model tab lists the scenario's parameters: "
                + "edit any before start; while running, switch the policy levers (each switch is recorded in the run's policyChanges). "
                + "Save run writes the run directory as <tt>kempelen run</tt> would. See docs/GUI.md.</p></html>";
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        charts = new LiveCharts(live);
        world = new WorldView(live);
        charts.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        world.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        charts.setLocation(520, 0);
        world.setLocation(520, 640);
        c.registerFrame(charts);
        c.registerFrame(world);
        charts.setVisible(true);
        world.setVisible(true);
    }

    @Override
    public Inspector getInspector() {
        if (inspector == null) inspector = new ParameterInspector(this);
        return inspector;
    }

    @Override
    public void start() {
        long consoleSeed = state.seed();
        if (consoleSeed != scenario.seed()) {
            String result = set("seed", Long.toString(consoleSeed));
            if (result.startsWith(REFUSED)) state.setSeed(scenario.seed());
        }
        state = new SimState(scenario.seed());
        super.start();
        synchronized (this) {
            if (run != null) run.close();
            live.clear();
            run = new SteppedRun(scenario, threads, live);
            started = Instant.now();
            ended = null;
            state = run.model();
        }
        if (inspector != null) SwingUtilities.invokeLater(() -> inspector.show(scenarioShown()));
        refreshLater();
    }

    @Override
    public boolean step() {
        SteppedRun r;
        synchronized (this) {
            r = run;
        }
        if (r == null) return false;
        boolean stepped = r.step();
        live.ran(r.nextDay() - 1);
        if (r.finished() && ended == null) ended = Instant.now();
        state = r.model();
        refreshLater();
        return stepped && !r.finished();
    }

    @Override
    public void finish() {
        super.finish();
        SteppedRun r = currentRun();
        // A run stopped at its horizon stays, to be saved; one stopped before ends its threads.
        if (r != null && !r.finished()) r.close();
        refreshLater();
    }

    @Override
    public void quit() {
        super.quit();
        if (charts != null) charts.dispose();
        if (world != null) world.dispose();
        SteppedRun r = currentRun();
        if (r != null) r.close();
    }

    synchronized SteppedRun currentRun() {
        return run;
    }

    /** Whether a run is going: started, and neither stopped nor at its horizon. */
    synchronized boolean running() {
        return run != null && !run.finished();
    }

    /** The parameters in force: as edited before start; while running, with the levers switched so far. */
    synchronized Scenario scenarioShown() {
        if (!running() || run.switched().isEmpty()) return scenario;
        return ScenarioLoader.inForce(run.scenario(), run.nextDay());
    }

    /**
     * Sets one parameter: before start an edit, checked as {@code check} checks the file with it
     * (the scenario keeps its last valid form when refused); while running a lever switch from the
     * next day. Returns what was done, or {@link #REFUSED} and why.
     */
    synchronized String set(String path, String value) {
        String assignment = path + "=" + value;
        if (running()) {
            try {
                PolicyChange c = run.switchLever(assignment);
                return "switched " + c.set() + " from day " + c.day() + " (recorded in policyChanges)";
            } catch (ScenarioException e) {
                return REFUSED + e.getMessage();
            }
        }
        List<String> all = new ArrayList<>(overrides);
        all.addAll(edits);
        all.add(assignment);
        try {
            scenario = ScenarioLoader.load(file, all);
        } catch (ScenarioException e) {
            return REFUSED + e.getMessage();
        }
        edits.add(assignment);
        if (path.equals("seed")) state.setSeed(scenario.seed());
        return "set " + assignment + " (takes effect at the next start)";
    }

    /** The overrides of the run as {@code run} would record them: the command line's, then the edits. */
    synchronized List<String> runOverrides() {
        List<String> all = new ArrayList<>(overrides);
        all.addAll(edits);
        return all;
    }

    /**
     * Writes the run directory {@code dir} exactly as {@code run} would, from the run that reached
     * its horizon, with the levers switched among its policy changes. Returns what was written or
     * {@link #REFUSED} and why.
     */
    String saveRun(Path dir) {
        SteppedRun r;
        Instant from, to;
        List<String> overridesNow;
        synchronized (this) {
            r = run;
            from = started;
            to = ended;
            overridesNow = runOverrides();
        }
        if (r == null || !r.finished() || to == null || r.nextDay() < r.scenario().days()) {
            return REFUSED + "the run has not reached its horizon: play it to its last day (set days before start for a shorter run), then save";
        }
        String problem = RunOutput.problemWith(dir, false);
        if (problem != null) return REFUSED + problem;
        try {
            Simulation.writeRun(r.scenario(), file.toString(), overridesNow, dir, false, Plots.Options.defaults(), Simulation.Microdata.ALL,
                    r.results(Simulation.Microdata.ALL), from, to);
            return "saved the run to " + dir + (r.switched().isEmpty() ? "" : " with " + r.switched().size() + " lever switch(es) in its policyChanges");
        } catch (java.io.IOException | RuntimeException e) {
            return REFUSED + "cannot write " + dir + ": " + e.getMessage();
        }
    }

    /** Redraws the windows on the Swing thread, at most one redraw waiting at a time. */
    private void refreshLater() {
        if (!refreshPending.compareAndSet(false, true)) return;
        SwingUtilities.invokeLater(() -> {
            refreshPending.set(false);
            refreshNow();
        });
    }

    /** Redraws now (on the Swing thread). */
    void refreshNow() {
        if (charts != null) charts.refresh();
        if (world != null) world.repaint();
    }
}
