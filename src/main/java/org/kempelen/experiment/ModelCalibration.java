package org.kempelen.experiment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kempelen.calibration.CalibrationException;
import org.kempelen.calibration.CalibrationOutputs;
import org.kempelen.calibration.CalibrationSpec;
import org.kempelen.calibration.Calibrator;
import org.kempelen.calibration.Comparison;
import org.kempelen.calibration.Target;
import org.kempelen.scenario.Problem;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;

/**
 * The model as a calibration's simulator, and a whole calibration run from Java or the CLI:
 * <pre>
 * CalibrationSpec spec = CalibrationLoader.load(Path.of("calibration/baseline.yaml"));
 * Calibrator.Result r = ModelCalibration.run(spec, Path.of("out"), 2, false, false, true, new PrintWriter(System.err));
 * </pre>
 */
public final class ModelCalibration {
    private ModelCalibration() {}

    /** Checks that every target's metric is one a run reports; problems point at the targets file. */
    public static void checkMetrics(CalibrationSpec spec) throws ScenarioException {
        checkMetrics(spec.scenario(), spec.overrides(), spec.targets());
    }

    /** Refuses, before anything runs, targets whose metric a run of this scenario would not report. */
    public static void checkMetrics(java.nio.file.Path scenario, List<String> overrides, List<Target> targets) throws ScenarioException {
        List<String> probe = new ArrayList<>(overrides);
        probe.add("population=1");
        Map<String, Double> names = SweepMetrics.flatten(SweepMetrics.unrunSummary(ScenarioLoader.load(scenario, probe)));
        List<Problem> problems = new ArrayList<>();
        for (Target t : targets) {
            for (String metric : t.metrics()) if (!names.containsKey(metric)) problems.add(unknownMetric(t, metric));
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
    }

    /** A metric of {@code t} (its own, or one an ordering lists) that runs do not report. */
    static Problem unknownMetric(Target t, String metric) {
        String key = metric.equals(t.metric()) ? "metric" : t.kind().key;
        return new Problem(t.location(), "targets." + t.name() + "." + key, "no metric '" + metric
                + "' in a run's summary.json; metrics are dotted paths such as wages.unpaid_time_share (see a run's summary.json)");
    }

    /**
     * One replication at one point: the base scenario, the fixed overrides, the point's values
     * (written exactly, so the run is at the very point evaluated) and the seed; one run; the
     * targets' comparisons in order ({@link Comparison#of}; NaN where the run reports a metric none).
     */
    public static Calibrator.Simulator simulator(CalibrationSpec spec) {
        return (values, seed) -> {
            List<String> overrides = new ArrayList<>(spec.overrides());
            for (int i = 0; i < values.length; i++) overrides.add(spec.parameters().get(i).path() + "=" + CalibrationOutputs.exact(values[i]));
            overrides.add("seed=" + seed);
            Scenario s;
            try {
                s = ScenarioLoader.load(spec.scenario(), overrides);
            } catch (ScenarioException e) {
                throw new CalibrationException("the scenario refuses the point " + String.join(", ", overrides.subList(spec.overrides().size(), overrides.size()))
                        + ": " + e.problems().get(0).path() + ": " + e.problems().get(0).message()
                        + "; narrow the bounds so that every point is a valid scenario");
            }
            Map<String, Double> metrics = SweepMetrics.flatten(Simulation.run(s).summary());
            List<Comparison> comparisons = Comparison.of(spec.targets());
            double[] out = new double[comparisons.size()];
            for (int c = 0; c < out.length; c++) out[c] = comparisons.get(c).value(metrics);
            return out;
        };
    }

    /**
     * Runs (or with {@code resume} continues, with {@code allowBuildChange} also one another build
     * began) the calibration into {@code out} and writes its files; with {@code uncertainty} also
     * the fitted values' standard errors; progress to {@code progress}.
     */
    public static Calibrator.Result run(CalibrationSpec spec, Path out, int threads, boolean resume, boolean allowBuildChange,
                                        boolean uncertainty, PrintWriter progress) throws Exception {
        checkMetrics(spec);
        return Calibrator.calibrate(spec, simulator(spec), out, threads, resume, allowBuildChange, uncertainty, progress);
    }
}
