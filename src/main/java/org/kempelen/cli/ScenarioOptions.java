package org.kempelen.cli;

import java.nio.file.Path;
import java.util.List;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/** The scenario file and its overrides, shared by {@code run}, {@code check} and {@code bench}. */
final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @CommandLine.Mixin
    ScenarioOverrides overrides = new ScenarioOverrides();

    /** The overrides in the order applied: --set first, then the dedicated flags, which win. */
    List<String> overrides() {
        return overrides.list();
    }

    Scenario load() throws ScenarioException {
        return ScenarioLoader.load(file, overrides());
    }
}
