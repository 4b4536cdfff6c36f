package org.kempelen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kempelen.charts.ChartFiles;
import org.kempelen.experiment.Plots;
import org.kempelen.output.RunReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kempelen plot RUN_DIR...}: redraw figures and report from the tables alone, overlaying several runs. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = {"Draw the figures (PNG and SVG) and report.html from run directories, without simulating again.",
                "Several runs are overlaid, with a legend named after their scenarios (or --labels); runs with the same",
                "label are replications, drawn as their mean with a 95 %% confidence band. A figure whose columns a run",
                "lacks (a run written by an older version) is left out with a note on stderr.",
                "Prints the output directory on stdout."})
final class PlotCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "Run directories written by 'kempelen run'.")
    List<Path> runs;

    @Option(names = "--out", paramLabel = "DIR", description = "Where charts/ and report.html go (default: the run directory for one run, "
            + "results/compare/<label>-vs-<label> for several).")
    Path out;

    @CommandLine.Mixin
    FigureFormats formats;

    @Option(names = "--width", paramLabel = "PX", description = "Figure width (default: ${DEFAULT-VALUE}).")
    int width = ChartFiles.DEFAULT_WIDTH;

    @Option(names = "--height", paramLabel = "PX", description = "Figure height (default: ${DEFAULT-VALUE}).")
    int height = ChartFiles.DEFAULT_HEIGHT;

    @Option(names = "--labels", paramLabel = "A,B", split = ",", description = "Legend labels, one per RUN_DIR (default: scenario names).")
    List<String> labels;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Set<ChartFiles.Format> chosen = formats.chosen();
        if (width < 200 || width > 10000 || height < 200 || height > 10000) {
            throw new BadInputException("--width and --height must be from 200 to 10000 pixels; found " + width + " x " + height);
        }
        if (labels != null && labels.size() != runs.size()) {
            throw new BadInputException("--labels gives " + labels.size() + " labels for " + runs.size() + " run directories; give one per run");
        }
        Path target = out;
        if (target == null) {
            if (runs.size() == 1) {
                target = runs.get(0);
            } else {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < runs.size(); i++) {
                    String label = labels != null ? labels.get(i) : readName(runs.get(i));
                    if (!names.contains(label)) names.add(label);
                }
                target = Path.of("results", "compare", String.join("-vs-", names).replaceAll("[^A-Za-z0-9._-]", "_"));
            }
        }
        try {
            for (String note : Plots.draw(runs, labels, target, new Plots.Options(chosen, width, height))) {
                spec.commandLine().getErr().println("note: " + note);
            }
            spec.commandLine().getErr().flush();
        } catch (RunReader.BadRunException e) {
            throw new BadInputException(e.getMessage());
        }
        spec.commandLine().getOut().println(target);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String readName(Path run) throws BadInputException {
        try {
            return RunReader.read(run).scenarioName();
        } catch (RunReader.BadRunException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
