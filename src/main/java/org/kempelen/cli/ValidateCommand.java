package org.kempelen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kempelen.calibration.Target;
import org.kempelen.calibration.TargetFit;
import org.kempelen.calibration.Targets;
import org.kempelen.experiment.Validation;
import org.kempelen.output.AtomicFiles;
import org.kempelen.scenario.Names;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kempelen validate SCENARIO_OR_DIR}: compare runs with the calibration targets that apply. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Compare a scenario (run now, --replications times, nothing written), a run directory or a sweep",
                "directory (every point) with the calibration targets that apply to its scenario: target, interval,",
                "simulated mean with its 95 %% t-interval over replications, inside or not.",
                "Exit status: 0 every target inside, 4 a target missed, 2 bad input (also when no target applies)."})
final class ValidateCommand implements Callable<Integer> {
    /** Exit status when a target's simulated mean lies outside its interval. */
    static final int TARGET_MISSED = 4;

    @Parameters(index = "0", paramLabel = "SCENARIO_OR_DIR", description = "Scenario file, run directory or sweep directory.")
    Path input;

    @Option(names = "--replications", paramLabel = "R", description = "Runs of a scenario file, seeds seed, seed+1, ... (default 4).")
    Integer replications;

    @Option(names = "--threads", paramLabel = "N", description = "Replications at once (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a parameter of a scenario file (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--targets", paramLabel = "FILE", description = "Targets file (default: ${DEFAULT-VALUE}).")
    Path targets = Targets.DEFAULT_FILE;

    @Option(names = "--preset", paramLabel = "NAME", description = "Use the targets of this preset instead of those of the scenario's name.")
    String preset;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Also write the table as CSV.")
    Path out;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) throw new BadInputException("--threads must be at least 1; found " + threads);
        if (replications != null && replications < 1) throw new BadInputException("--replications must be at least 1; found " + replications);
        List<Target> all = Targets.load(targets);
        if (Files.isDirectory(input) && (!sets.isEmpty() || replications != null)) {
            throw new BadInputException((sets.isEmpty() ? "--replications" : "--set") + " applies to a scenario file; " + input
                    + " is a directory of results, validated as it is");
        }
        Validation.Subject subject;
        List<Validation.Point> points;
        List<Target> applying;
        try {
            subject = Validation.open(input, sets, replications == null ? 4 : replications);
            if (preset != null && !Targets.presets(all).contains(preset)) {
                throw new BadInputException("--preset " + preset + ": no target in " + targets + " names that preset"
                        + Names.didYouMean(preset, Targets.presets(all)) + "; presets there: " + String.join(", ", Targets.presets(all)));
            }
            String name = preset != null ? preset : subject.scenarioName();
            applying = Targets.applying(all, name);
            if (applying.isEmpty()) {
                throw new BadInputException("no calibration target in " + targets + " applies to scenario '" + name
                        + "' (targets name the presets " + String.join(", ", Targets.presets(all)) + "); choose one with --preset NAME");
            }
            points = subject.points(threads, applying);
        } catch (Validation.ValidationException e) {
            throw new BadInputException(e.getMessage());
        }
        List<List<TargetFit>> fits = new ArrayList<>();
        List<List<Object>> keys = new ArrayList<>();
        var stdout = spec.commandLine().getOut();
        int pointsInside = 0;
        for (Validation.Point p : points) {
            List<TargetFit> f;
            try {
                f = p.fits(applying);
            } catch (Validation.ValidationException e) {
                throw new BadInputException(e.getMessage());
            }
            fits.add(f);
            keys.add(p.key());
            long inside = f.stream().filter(TargetFit::inside).count();
            if (inside == f.size()) pointsInside++;
            stdout.println(p.label() + ", " + p.replications().size() + (p.replications().size() == 1 ? " run" : " runs") + ":");
            stdout.print(TargetFit.table(f));
            stdout.println(inside + " of " + f.size() + " targets inside" + (points.size() > 1 ? "" : "."));
            if (points.size() > 1) stdout.println();
        }
        if (points.size() > 1) stdout.println(pointsInside + " of " + points.size() + " points meet every target.");
        stdout.flush();
        if (out != null) AtomicFiles.write(out, TargetFit.csv(subject.keyColumns(), keys, fits));
        return pointsInside == points.size() ? 0 : TARGET_MISSED;
    }
}
