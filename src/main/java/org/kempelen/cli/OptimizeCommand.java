package org.kempelen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kempelen.experiment.SweepException;
import org.kempelen.experiment.SweepProgress;
import org.kempelen.output.Fmt;
import org.kempelen.search.PolicySearch;
import org.kempelen.search.SearchException;
import org.kempelen.search.SearchLoader;
import org.kempelen.search.SearchSpec;
import org.kempelen.spark.SparkSweeps;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kempelen optimize FILE}: the Pareto front of policy levers, robust over states of the world. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Policy search: a multi-objective evolutionary search (NSGA-II) over a",
                "scenario's policy levers, every candidate run in the same states of the",
                "world (a Latin hypercube of the uncertain parameters) with the same seeds,",
                "each objective scored by its robustness measure (mean, percentile, worst",
                "case or regret). Writes evaluations.csv (as it goes), front.csv,",
                "hypervolume.csv, states.csv, front/member-K.yaml (a scenario per front",
                "member), charts/, report.html and search.manifest.json into the output",
                "directory (docs/POLICY-SEARCH.md). A killed search continues with --resume",
                "and ends with the same files. Exit status: 0 done, 2 bad input, 1 failure."})
final class OptimizeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SEARCH_FILE", description = "Search file (YAML).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: the search file's 'out', else results/searches/<name>).")
    Path out;

    @CommandLine.Mixin
    EngineOptions engine;

    @Option(names = "--max-evaluations", paramLabel = "N", description = "Budget of candidate evaluations, in place of the file's"
            + " algorithm.maxEvaluations (rounded down to whole generations).")
    Integer maxEvaluations;

    @Option(names = "--resume", description = "Continue a search that was interrupted, replaying its journal.")
    boolean resume;

    @Option(names = "--allow-build-change", description = "With --resume: go on although another build of Kempelen made the evaluations"
            + " so far (refused otherwise); search.manifest.json lists the builds.")
    boolean allowBuildChange;

    @Option(names = "--quiet", description = "No progress bar and no line per generation.")
    boolean quiet;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (maxEvaluations != null && maxEvaluations < 1) throw new BadInputException("--max-evaluations must be at least 1; found " + maxEvaluations);
        if (allowBuildChange && !resume) throw new BadInputException("--allow-build-change goes with --resume; add --resume, or drop it");
        engine.check(spec);
        SearchSpec search = SearchLoader.load(file);
        Path dir = out != null ? out : search.out();
        PrintWriter err = spec.commandLine().getErr();
        SweepProgress progress = !quiet && System.console() != null ? new SweepProgressBar(System.err) : SweepProgress.NONE;
        PolicySearch.Options options = PolicySearch.Options.threads(engine.threads).withResume(resume, allowBuildChange).withMaxEvaluations(maxEvaluations)
                .withProgress(progress, quiet ? new PrintWriter(java.io.Writer.nullWriter()) : err);
        PolicySearch.Result r;
        try {
            r = engine.onSpark() ? SparkSweeps.withEngine(engine.master, "kempelen optimize " + search.name(), e -> PolicySearch.run(search, options.withEngine(e), dir))
                    : PolicySearch.run(search, options, dir);
        } catch (SearchException | SweepException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(dir);
        if (!quiet) {
            err.println(search.name() + ": " + (r.candidates().size() - 1) + " candidates in " + r.states().size() + " states of the world; front of "
                    + r.front().size() + " (front.csv, front/member-K.yaml)");
            for (int k = 0; k < r.front().size() && k < 10; k++) {
                StringBuilder b = new StringBuilder("  member " + (k + 1) + ":");
                int id = r.front().get(k);
                r.candidates().get(id).levers().forEach((p, v) -> b.append(' ').append(p).append('=').append(Fmt.value(v)));
                b.append("  ->");
                for (int i = 0; i < search.objectives().size(); i++) {
                    b.append(' ').append(search.objectives().get(i).column()).append('=').append(Fmt.number(r.objectives().get(id)[i]));
                }
                err.println(b);
            }
        }
        o.flush();
        err.flush();
        return 0;
    }
}
