package org.kempelen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kempelen gui [FILE]}: MASON's Console on a scenario (docs/GUI.md). Thin, and touching no
 * GUI class itself: the GUI package is reached by reflection when the command runs, so that
 * the other commands never load it nor AWT's windows or Swing.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open MASON's Console on a scenario (default: scenarios/baseline.yaml) with live charts, a world view,",
                "the parameters (editable before start, policy levers switchable while running) and Save run.",
                "--screenshot DIR plays the whole horizon without interaction, writes a PNG of each window to DIR and exits.",
                "Needs a display (on a server: xvfb-run -a ./kempelen gui ...)."})
final class GuiCommand implements Callable<Integer> {
    static final Path DEFAULT_SCENARIO = Path.of("scenarios", "baseline.yaml");
    private static final String LAUNCHER = "org.kempelen.gui.GuiLauncher";

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Scenario file (YAML); default scenarios/baseline.yaml.")
    Path file;

    @CommandLine.Mixin
    ScenarioOverrides overrides = new ScenarioOverrides();

    @Option(names = "--screenshot", paramLabel = "DIR", description = "Play without interaction, write console.png, charts.png and world.png to DIR, exit.")
    Path screenshot;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path scenarioFile = file == null ? DEFAULT_SCENARIO : file;
        List<String> all = overrides.list();
        Scenario s = ScenarioLoader.load(scenarioFile, all);
        if (screenshot != null && java.nio.file.Files.exists(screenshot) && !java.nio.file.Files.isDirectory(screenshot)) {
            throw new BadInputException("--screenshot " + screenshot + " is a file; give a directory to write the PNGs to");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Class<?> launcher = Class.forName(LAUNCHER);
        try {
            return (Integer) launcher.getMethod("launch", Scenario.class, Path.class, List.class, Path.class, PrintWriter.class, PrintWriter.class)
                    .invoke(null, s, scenarioFile, all, screenshot, out, err);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }
}
