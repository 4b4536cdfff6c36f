package org.kempelen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.kempelen.scenario.ParameterCatalog;
import org.kempelen.scenario.ScenarioDocs;
import org.kempelen.scenario.ScenarioSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kempelen describe [PREFIX]}: every parameter with unit, default, allowed range and meaning. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "List scenario parameters: path, type, unit, default, allowed values, meaning.")
final class DescribeCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PREFIX", description = "Only parameters whose path starts with this, e.g. platform.pricing")
    String prefix = "";

    @Option(names = "--markdown", description = "Print the Markdown reference (docs/SCENARIOS.md) instead.")
    boolean markdown;

    @Option(names = "--json-schema", description = "Print the JSON Schema of scenario files (docs/scenario.schema.json) instead: "
            + "editors with a YAML language server complete and check scenarios with it.")
    boolean jsonSchema;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (jsonSchema) {
            out.print(ScenarioSchema.json());
            out.flush();
            return 0;
        }
        if (markdown) {
            out.print(ScenarioDocs.markdown());
            out.flush();
            return 0;
        }
        List<ParameterCatalog.Entry> entries = ParameterCatalog.entries(prefix);
        if (entries.isEmpty()) {
            throw new BadInputException("no parameter path starts with '" + prefix + "'; top-level names: "
                    + String.join(", ", ParameterCatalog.entries().stream()
                    .map(e -> e.path().split("\\.")[0]).distinct().toList()));
        }
        for (ParameterCatalog.Entry e : entries) {
            StringBuilder line = new StringBuilder(e.path()).append("  (").append(e.type());
            if (!e.unit().isEmpty()) line.append(", ").append(e.unit());
            line.append(")");
            out.println(line);
            out.println("    default: " + e.defaultText() + (e.range().isEmpty() ? "" : "    allowed: " + e.range()));
            out.println("    " + e.doc());
        }
        out.flush();
        return 0;
    }
}
