package org.kempelen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kempelen.charts.ChartFiles;
import org.kempelen.compare.Comparison;
import org.kempelen.compare.ComparisonException;
import org.kempelen.compare.ComparisonInputs;
import org.kempelen.compare.ComparisonOutput;
import org.kempelen.compare.HeadlineMetrics;
import org.kempelen.compare.Side;
import org.kempelen.output.RunOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kempelen compare A B} or {@code compare A1 A2 --vs B1 B2}: headline differences of B against A. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare B (a policy) against A (its base) on the headline metrics: the mean",
                "of each side, B - A with a 95 %% confidence interval and a t test.",
                "A side is run directories (one replication each) or sweep directories (the",
                "runs of one design point). When both sides ran the same seeds (two or more",
                "each) runs are paired by seed (paired t); otherwise Welch's t; with one run",
                "on a side, differences only. Sides with different 'days' are refused; a",
                "different population is warned about; the settings in which the sides",
                "differ are listed on stderr. Prints the table on stdout and writes",
                "comparison.csv and comparison.png/.svg (B - A as %% of A's mean) into --out.",
                "Examples:",
                "  kempelen compare RUN_A RUN_B",
                "  kempelen compare runs/base-s1 runs/base-s2 --vs runs/full-s1 runs/full-s2",
                "  kempelen compare results/sweeps/base results/sweeps/policy",
                "  kempelen compare SWEEP SWEEP --point-a 0 --point-b 2",
                ""})
final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Side A, or A and B when --vs is not given: run or sweep directories.")
    List<Path> first;

    @Option(names = "--vs", arity = "1..*", paramLabel = "DIR", description = "Side B: run or sweep directories; the DIRs before it are side A.")
    List<Path> versus;

    @Option(names = "--metric", paramLabel = "PATH", split = ",",
            description = "Also compare this numeric summary.json path (e.g. pressure_gradient.FACE_PHOTO.odds_ratio_top_vs_bottom), "
                    + "or acceptance.<CATEGORY>; repeatable.")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--point-a", paramLabel = "N", description = "Design point of side A's sweeps (needed when a sweep has several).")
    int pointA = -1;

    @Option(names = "--point-b", paramLabel = "N", description = "Design point of side B's sweeps (needed when a sweep has several).")
    int pointB = -1;

    @Option(names = "--out", paramLabel = "DIR", description = "Where comparison.csv and the figure go (default: results/compare/<A>-vs-<B>, "
            + "beside what 'plot A B' draws).")
    Path out;

    @CommandLine.Mixin
    FigureFormats formats;

    @Option(names = "--width", paramLabel = "PX", description = "Figure width (default: ${DEFAULT-VALUE}); the height follows the number of metrics.")
    int width = ChartFiles.DEFAULT_WIDTH;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> dirsA = first;
        List<Path> dirsB = versus;
        if (dirsB == null) {
            if (first.size() != 2) {
                throw new BadInputException("give two directories (A B), or side A's directories then --vs and side B's; found "
                        + first.size() + " without --vs");
            }
            dirsA = List.of(first.get(0));
            dirsB = List.of(first.get(1));
        }
        Set<ChartFiles.Format> chosen = formats.chosen();
        if (width < 200 || width > 10000) throw new BadInputException("--width must be from 200 to 10000 pixels; found " + width);
        List<HeadlineMetrics.Metric> all = new ArrayList<>(HeadlineMetrics.defaults());
        Set<String> asked = new LinkedHashSet<>();
        for (String m : metrics) {
            String path = m.trim();
            asked.add(path);
            if (all.stream().noneMatch(x -> x.path().equals(path))) all.add(HeadlineMetrics.named(path));
        }
        List<String> paths = all.stream().map(HeadlineMetrics.Metric::path).toList();
        Comparison.Result result;
        try {
            Side a = ComparisonInputs.read(dirsA, pointA, paths);
            Side b = ComparisonInputs.read(dirsB, pointB, paths);
            result = Comparison.compare(a, b, all, asked);
        } catch (ComparisonException e) {
            throw new BadInputException(e.getMessage());
        }
        var err = spec.commandLine().getErr();
        for (String note : result.notes()) err.println(note.startsWith("warning: ") ? note : "note: " + note);
        Path target = out != null ? out : Path.of("results", "compare",
                (result.a().label() + "-vs-" + result.b().label()).replaceAll("[^A-Za-z0-9._-]", "_"));
        String problem = RunOutput.problemWith(target, true);
        if (problem != null) throw new BadInputException(problem);
        ComparisonOutput.write(result, target, chosen, width);
        spec.commandLine().getOut().print(ComparisonOutput.table(result));
        spec.commandLine().getOut().flush();
        err.println("wrote " + target.resolve(ComparisonOutput.CSV) + " and the figure " + ComparisonOutput.FIGURE + " ("
                + String.join(", ", chosen.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList()) + ")");
        err.flush();
        return 0;
    }
}
