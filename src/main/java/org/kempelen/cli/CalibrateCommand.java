package org.kempelen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kempelen.calibration.CalibrationException;
import org.kempelen.calibration.CalibrationLoader;
import org.kempelen.calibration.CalibrationOutputs;
import org.kempelen.calibration.CalibrationSpec;
import org.kempelen.calibration.Calibrator;
import org.kempelen.experiment.ModelCalibration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kempelen calibrate FILE}: fit scenario parameters to the calibration targets. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit parameters (within bounds) to calibration targets by the method of simulated moments:",
                "CMA-ES (or BOBYQA) over replicated runs with the same seeds at every point. One line per evaluation",
                "on stderr; writes trace.csv, fit.csv, fitted.yaml, calibration.manifest.json and parameters.csv (each",
                "fitted value's standard error, from 2 more evaluations per parameter) into the output directory; a summary on stdout.",
                "A killed calibration continues with --resume and ends with the same files.",
                "Exit status: 0 done (fit.csv says which targets are met), 2 bad input, 1 failure."})
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CALIBRATION_FILE", description = "Calibration file (YAML).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: calibration/results/<name>).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Replications at once (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "Continue a calibration that was interrupted, replaying its trace.")
    boolean resume;

    @Option(names = "--allow-build-change", description = "With --resume: go on although another build of Kempelen made the evaluations"
            + " so far (refused otherwise); calibration.manifest.json lists the builds.")
    boolean allowBuildChange;

    @Option(names = "--no-uncertainty", description = "Skip the standard errors of the fitted values (2 evaluations per parameter) and parameters.csv.")
    boolean noUncertainty;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) throw new BadInputException("--threads must be at least 1; found " + threads);
        if (allowBuildChange && !resume) throw new BadInputException("--allow-build-change goes with --resume; add --resume, or drop it");
        CalibrationSpec c = CalibrationLoader.load(file);
        Path dir = out != null ? out : Path.of("calibration", "results", c.name());
        Calibrator.Result r;
        try {
            r = ModelCalibration.run(c, dir, threads, resume, allowBuildChange, !noUncertainty, spec.commandLine().getErr());
        } catch (CalibrationException e) {
            throw new BadInputException(e.getMessage());
        }
        spec.commandLine().getOut().print(CalibrationOutputs.summary(c, r, dir));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
