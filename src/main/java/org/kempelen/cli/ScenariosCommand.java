package org.kempelen.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kempelen.scenario.Problem;
import org.kempelen.scenario.ScenarioLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kempelen scenarios [DIR]}: the scenario library, each file with what it extends and its question. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = {"List the scenarios under DIR (default: scenarios) with the scenario each extends and the question it asks.",
                "Every file is loaded and checked; exit status 2 when one is invalid."})
final class ScenariosCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Folder of scenario files (default: scenarios).")
    Path folder = Path.of("scenarios");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder + ": no such folder; give the folder that holds the scenario files (default: scenarios)");
        }
        List<ScenarioLibrary.Item> items = ScenarioLibrary.list(folder);
        if (items.isEmpty()) throw new BadInputException(folder + ": no scenario files (*.yaml) in it");
        PrintWriter out = spec.commandLine().getOut();
        int invalid = 0;
        for (ScenarioLibrary.Item item : items) {
            out.println(item.file() + (item.base().isEmpty() ? "" : "  (extends " + item.base() + ")"));
            if (item.valid()) {
                String question = item.scenario().description().strip().replaceAll("\\s+", " ");
                out.println("    " + (question.isEmpty() ? "(no description)" : question));
            } else {
                invalid++;
                for (Problem p : item.problems()) out.println("    INVALID " + p);
            }
        }
        out.flush();
        if (invalid > 0) {
            spec.commandLine().getErr().println(invalid + " of " + items.size() + " scenario files are invalid");
            return KempelenCommand.BAD_INPUT;
        }
        return 0;
    }
}
