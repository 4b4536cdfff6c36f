package org.kempelen.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kempelen.discovery.Discovery;
import org.kempelen.discovery.Prim;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kempelen discover SWEEP_DIR --metric PATH --above X}: where in the varied (or uncertain) parameters does the outcome happen (PRIM). */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Scenario discovery on a sweep's runs: find with PRIM (peeling and pasting) the box of the varied numeric",
                "parameters in which the runs with METRIC above (or below) X concentrate. Writes prim_trajectory.csv, prim_box.csv",
                "and the figures prim_trajectory and prim_box (PNG, SVG) into --out; prints the box. On a policy search's directory",
                "with --candidate K: the box of the uncertain parameters in which candidate K's states of the world meet the condition."})
final class DiscoverCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SWEEP_OR_SEARCH_DIR", description = "Output directory of a sweep (its runs.csv), or of a policy search with --candidate.")
    Path sweep;

    @Option(names = "--candidate", paramLabel = "K", description = "In a policy search's directory: the candidate (its id in evaluations.csv and"
            + " front.csv) whose states of the world to search; the box is then in the search's uncertain parameters.")
    Integer candidate;

    @Option(names = "--metric", required = true, paramLabel = "PATH", description = "A metric column of runs.csv, e.g. wages.median_effective_hourly_wage_usd.")
    String metric;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Condition condition;

    static final class Condition {
        @Option(names = "--above", paramLabel = "X", description = "The runs of interest have the metric above X.")
        Double above;

        @Option(names = "--below", paramLabel = "X", description = "The runs of interest have the metric below X.")
        Double below;
    }

    @Option(names = "--alpha", paramLabel = "A", description = "Share of the box's runs peeled per step (default 0.05).")
    double alpha = 0.05;

    @Option(names = "--min-support", paramLabel = "S", description = "Peeling stops at boxes holding fewer than this share of all runs (default 0.05).")
    double minSupport = 0.05;

    @Option(names = "--min-coverage", paramLabel = "C", description = "The box chosen is the densest on the trajectory with at least this coverage (default 0.5).")
    double minCoverage = 0.5;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the files go (default: SWEEP_DIR/discovery).")
    Path out;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (double[] v : new double[][] {{alpha, 0}, {minSupport, 1}}) {
            if (!(v[0] > 0 && v[0] < 1)) throw new BadInputException((v[1] == 0 ? "--alpha" : "--min-support") + ": found " + v[0] + "; allowed a share between 0 and 1, exclusive");
        }
        if (!(minCoverage >= 0 && minCoverage <= 1)) throw new BadInputException("--min-coverage: found " + minCoverage + "; allowed a share from 0 to 1");
        boolean above = condition.above != null;
        double x = above ? condition.above : condition.below;
        Discovery.Found f;
        try {
            Discovery.Query q = new Discovery.Query(metric, x, above, alpha, minSupport, minCoverage);
            if (candidate != null) f = Discovery.runOnSearch(sweep, candidate, q, out != null ? out : sweep.resolve("discovery-candidate-" + candidate));
            else f = Discovery.run(sweep, q, out != null ? out : sweep.resolve("discovery"));
        } catch (Discovery.BadDiscoveryException e) {
            throw new BadInputException(e.getMessage());
        }
        var o = spec.commandLine().getOut();
        Prim.Box b = f.chosen();
        o.printf(Locale.ROOT, "%d runs, %d with %s %s %s; %d peeling steps%n", f.runs(), f.result().interestingTotal(), metric, above ? ">" : "<", x,
                f.result().trajectory().size() - 1);
        o.printf(Locale.ROOT, "box: coverage %.3f, density %.3f (all runs: density %.3f), %d runs inside%n", b.coverage(), b.density(),
                f.result().trajectory().get(0).density(), b.points());
        for (int d = 0; d < f.parameters().size(); d++) {
            if (b.restricts(d, f.result().min(), f.result().max())) {
                o.printf(Locale.ROOT, "  %s in [%s, %s] (swept %s to %s)%n", f.parameters().get(d), b.low()[d], b.high()[d], f.result().min()[d], f.result().max()[d]);
            }
        }
        if (!f.leftOut().isEmpty()) spec.commandLine().getErr().println("note: not numeric, so not searched: " + String.join(", ", f.leftOut()));
        o.flush();
        return 0;
    }
}
