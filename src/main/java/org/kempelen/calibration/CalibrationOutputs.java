package org.kempelen.calibration;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.kempelen.output.AtomicFiles;
import org.kempelen.output.Fmt;
import org.kempelen.scenario.Overlay;

/**
 * The files a finished calibration leaves beside trace.csv: fit.csv (each target at the best
 * point, from that point's replications), fitted.yaml (a scenario that extends the base
 * scenario with the fitted values) and parameters.csv (each fitted value's standard error),
 * each written atomically; and the summary for stdout.
 */
public final class CalibrationOutputs {
    public static final String FIT = "fit.csv";
    public static final String FITTED = "fitted.yaml";
    public static final String PARAMETERS = "parameters.csv";
    /** Added to the calibration's name to name the fitted scenario. */
    static final String FITTED_SUFFIX = "-fitted";

    private CalibrationOutputs() {}

    public static void write(CalibrationSpec spec, Calibrator.Result result, Path out) throws IOException {
        List<TargetFit> fits = result.best().fits(spec.targets());
        AtomicFiles.write(out.resolve(FIT), TargetFit.csv(List.of(), List.of(List.of()), List.of(fits)));
        AtomicFiles.write(out.resolve(FITTED), fittedYaml(spec, result, out));
        // Without the uncertainty step an earlier run's parameters.csv would describe another run: none is left.
        if (result.uncertainty() == null) java.nio.file.Files.deleteIfExists(out.resolve(PARAMETERS));
        else AtomicFiles.write(out.resolve(PARAMETERS), ParameterEstimate.csv(result.uncertainty().parameters()));
    }

    /**
     * The fitted values as a scenario overlay: {@code extends:} the base scenario by its path
     * relative to the overlay, and only the fitted parameters. Values are written exactly (the
     * shortest decimal that reads back as the same double), so the overlay reproduces the point
     * that was evaluated. The fixed settings of the fit (population, horizon) are not carried over.
     */
    static String fittedYaml(CalibrationSpec spec, Calibrator.Result result, Path out) {
        StringBuilder b = new StringBuilder();
        b.append("# Fitted by 'kempelen calibrate ").append(spec.file().getFileName()).append("': objective ")
                .append(Fmt.number(result.bestObjective())).append(" at evaluation ").append(result.best().number()).append(" of ")
                .append(result.evaluations().size()).append(", ").append(spec.seeds().length).append(" replications per point.\n");
        if (!spec.overrides().isEmpty()) {
            b.append("# The fit ran with ").append(String.join(", ", spec.overrides())).append("; those settings are not part of this scenario.\n");
        }
        b.append(Overlay.extendsLine(out, spec.scenario(), true));
        b.append("name: ").append(Overlay.quote(spec.name() + FITTED_SUFFIX)).append('\n');
        b.append("description: ").append(Overlay.quote("The base scenario with " + String.join(", ", spec.parameters().stream().map(FitParameter::path).toList())
                + " fitted to the targets " + String.join(", ", spec.targets().stream().map(Target::name).toList()) + ".")).append('\n');
        Overlay overlay = new Overlay();
        for (int i = 0; i < spec.parameters().size(); i++) overlay.set(spec.parameters().get(i).path(), exact(result.best().values()[i]));
        overlay.appendTo(b);
        return b.toString();
    }

    /** The shortest decimal that reads back as {@code v}, without an exponent (YAML 1.1 reads '1.0E10' as text). */
    public static String exact(double v) {
        return new BigDecimal(Double.toString(v)).toPlainString();
    }

    /** What stdout shows at the end: the best point, its objective, and each target's fit there. */
    public static String summary(CalibrationSpec spec, Calibrator.Result result, Path out) {
        StringBuilder b = new StringBuilder(spec.name() + ": best objective " + Fmt.number(result.bestObjective()) + " at evaluation "
                + result.best().number() + " of " + result.evaluations().size() + "\n");
        for (int i = 0; i < spec.parameters().size(); i++) {
            FitParameter p = spec.parameters().get(i);
            b.append("  ").append(p.path()).append(" = ").append(Fmt.number(result.best().values()[i]))
                    .append("  (bounds ").append(Fmt.number(p.min())).append(" to ").append(Fmt.number(p.max())).append(")\n");
        }
        b.append(TargetFit.table(result.best().fits(spec.targets())));
        if (result.uncertainty() != null) {
            List<String> used = result.uncertainty().used();
            b.append("how sure (standard error from ").append(used.isEmpty() ? "no comparison: none is active" : String.join(", ", used))
                    .append("; local, linearised):\n");
            b.append(ParameterEstimate.table(result.uncertainty().parameters()));
        }
        b.append("written: ").append(out.resolve(CalibrationJournal.TRACE)).append(", ").append(out.resolve(FIT)).append(", ").append(out.resolve(FITTED))
                .append(result.uncertainty() == null ? "" : ", " + out.resolve(PARAMETERS)).append(", ").append(out.resolve(CalibrationManifest.FILE))
                .append('\n');
        return b.toString();
    }
}
