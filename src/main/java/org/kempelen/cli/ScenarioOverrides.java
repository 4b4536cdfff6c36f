package org.kempelen.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The overrides of a scenario's parameters on the command line, shared by every command that loads one scenario. */
final class ScenarioOverrides {
    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a parameter, e.g. --set platform.commission=0.2 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (overrides 'seed').")
    Long seed;

    @Option(names = "--days", paramLabel = "N", description = "Days to simulate (overrides 'days').")
    Integer days;

    @Option(names = "--population", paramLabel = "N", description = "Workers on day 0 (overrides 'population').")
    Integer population;

    @CommandLine.Mixin
    DebugOption debug;

    /** The overrides in the order applied: --set first, then the dedicated flags, which win. */
    List<String> list() {
        List<String> all = new ArrayList<>(sets);
        if (seed != null) all.add("seed=" + seed);
        if (days != null) all.add("days=" + days);
        if (population != null) all.add("population=" + population);
        return all;
    }
}
