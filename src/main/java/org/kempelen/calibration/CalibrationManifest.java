package org.kempelen.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kempelen.output.AtomicFiles;
import org.kempelen.output.BuildInfo;
import org.kempelen.output.BuildStamps;
import org.kempelen.output.Json;

/**
 * calibration.manifest.json: what was calibrated and by which builds, so that a fit made by two
 * builds (a resume allowed across builds) says so. Like every manifest, it differs between
 * identical calibrations in its timings; the other files do not.
 */
public final class CalibrationManifest {
    public static final String FILE = "calibration.manifest.json";

    private CalibrationManifest() {}

    /** Writes the manifest of {@code result} into {@code out}; {@code builds} made its evaluations (this build the rest). */
    static void write(CalibrationSpec spec, Calibrator.Result result, BuildStamps builds, Path out, Instant started, Instant finished)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kempelen_version", BuildInfo.version());
        m.put("commit", BuildInfo.commit());
        m.put("build", BuildInfo.id());
        m.put("builds", builds.manifest(result.evaluations().size(), "evaluations"));
        m.put("calibration", spec.name());
        m.put("calibration_file", spec.file().toString());
        m.put("fingerprint", spec.fingerprint());
        m.put("scenario_file", spec.scenario().toString());
        m.put("evaluations", result.evaluations().size());
        m.put("best_evaluation", result.best().number());
        m.put("best_objective", result.bestObjective());
        m.put("started", started.toString());
        m.put("finished", finished.toString());
        m.put("wall_seconds", (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0);
        AtomicFiles.write(out.resolve(FILE), Json.write(m));
    }
}
