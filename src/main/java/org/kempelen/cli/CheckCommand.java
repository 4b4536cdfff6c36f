package org.kempelen.cli;

import java.util.concurrent.Callable;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kempelen check FILE}: validate a scenario and print it resolved, every default filled in. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate a scenario and print the resolved scenario (every parameter, defaults filled in).",
                "Exit status 0 when valid, 2 with one line per problem when not."})
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ScenarioOptions scenario;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario s = scenario.load();
        spec.commandLine().getOut().print(ScenarioLoader.toYaml(s));
        spec.commandLine().getOut().flush();
        java.nio.file.Path base = org.kempelen.scenario.Inheritance.baseOf(scenario.file);
        spec.commandLine().getErr().println(scenario.file + ": valid scenario '" + s.name() + "'"
                + (base == null ? "" : " (extends " + relative(base) + "; printed merged)"));
        return 0;
    }

    private static java.nio.file.Path relative(java.nio.file.Path p) {
        java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
        java.nio.file.Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(here) ? here.relativize(abs) : abs;
    }
}
