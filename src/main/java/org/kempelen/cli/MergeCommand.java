package org.kempelen.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kempelen.experiment.SweepException;
import org.kempelen.experiment.SweepMerge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kempelen merge DIR... --out DIR}: combine sweep shards into the files of a single sweep. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Combine the output directories of 'sweep --shard i/n' runs into the files one sweep would have",
                "written (runs.csv, metrics_long.csv, aggregate.csv, sensitivity.csv, manifest, charts)."})
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard output directories.")
    List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the merged sweep (new or empty).")
    Path out;

    @Option(names = "--sweep", paramLabel = "FILE", description = "The sweep file, if it moved since the shards ran (must be unchanged).")
    Path sweepFile;

    @Option(names = "--allow-build-change", description = "Merge shards that another build of Kempelen ran (refused otherwise);"
            + " the merged manifest lists each shard's builds.")
    boolean allowBuildChange;

    @Option(names = "--no-charts", description = "No charts/.")
    boolean noCharts;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SweepMerge.Result r;
        try {
            r = SweepMerge.merge(shards, out, sweepFile, !noCharts, allowBuildChange);
        } catch (SweepException e) {
            throw new BadInputException(e.getMessage());
        }
        if (r.missing() > 0) {
            spec.commandLine().getErr().println("warning: " + r.missing() + " runs of the sweep are in none of the shards given");
        }
        spec.commandLine().getErr().printf("merged %d runs, %d failed or invalid%n", r.runs(), r.failed());
        spec.commandLine().getOut().println(out);
        spec.commandLine().getOut().flush();
        return r.failed() > 0 ? SweepCommand.SOME_RUNS_FAILED : 0;
    }
}
