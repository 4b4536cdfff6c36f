package org.kempelen.calibration;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.output.AtomicFiles;
import org.kempelen.output.Fmt;

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
        Path from = out.toAbsolutePath().normalize();
        Path base = spec.scenario().toAbsolutePath().normalize();
        String relative = from.getRoot() != null && from.getRoot().equals(base.getRoot()) ? from.relativize(base).toString() : base.toString();
        StringBuilder b = new StringBuilder();
        b.append("# Fitted by 'kempelen calibrate ").append(spec.file().getFileName()).append("': objective ")
                .append(Fmt.number(result.bestObjective())).append(" at evaluation ").append(result.best().number()).append(" of ")
                .append(result.evaluations().size()).append(", ").append(spec.seeds().length).append(" replications per point.\n");
        if (!spec.overrides().isEmpty()) {
            b.append("# The fit ran with ").append(String.join(", ", spec.overrides())).append("; those settings are not part of this scenario.\n");
        }
        b.append("extends: ").append(quote(relative.replace('\\', '/'))).append('\n');
        b.append("name: ").append(quote(spec.name() + FITTED_SUFFIX)).append('\n');
        b.append("description: ").append(quote("The base scenario with " + String.join(", ", spec.parameters().stream().map(FitParameter::path).toList())
                + " fitted to the targets " + String.join(", ", spec.targets().stream().map(Target::name).toList()) + ".")).append('\n');
        Map<String, Object> tree = new LinkedHashMap<>();
        for (int i = 0; i < spec.parameters().size(); i++) put(tree, spec.parameters().get(i).path().split("\\."), exact(result.best().values()[i]));
        nested(b, tree, "");
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String[] parts, String value) {
        Map<String, Object> m = tree;
        for (int i = 0; i < parts.length - 1; i++) m = (Map<String, Object>) m.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        m.put(parts[parts.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static void nested(StringBuilder b, Map<String, Object> tree, String indent) {
        for (var e : tree.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> sub) {
                b.append(indent).append(e.getKey()).append(":\n");
                nested(b, (Map<String, Object>) sub, indent + "  ");
            } else {
                b.append(indent).append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            }
        }
    }

    /** The shortest decimal that reads back as {@code v}, without an exponent (YAML 1.1 reads '1.0E10' as text). */
    public static String exact(double v) {
        return new BigDecimal(Double.toString(v)).toPlainString();
    }

    /** Plain when YAML reads it back as the same text, else single-quoted. */
    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_.][A-Za-z0-9_ ./-]*[A-Za-z0-9_./-]|[A-Za-z0-9_]") && !s.matches("[0-9._ -]+|(?i)y|n|yes|no|true|false|on|off|null") ? s : "'" + s.replace("'", "''") + "'";
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
