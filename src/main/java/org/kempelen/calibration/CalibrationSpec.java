package org.kempelen.calibration;

import java.nio.file.Path;
import java.util.List;

/**
 * A calibration as read from its file by {@link CalibrationLoader}: the base scenario, the
 * fixed overrides that make the fit affordable, the parameters to fit with their bounds, the
 * targets, the replications and their seeds (the same for every candidate point: common random
 * numbers), and the optimiser.
 *
 * @param fingerprint hash of everything the evaluations depend on (calibration file, base
 *                    scenario, targets file), so a resume refuses a trace made by other inputs
 * @param start       the starting point in [0, 1] per parameter: the base scenario's values
 */
public record CalibrationSpec(String name, Path file, String fingerprint, Path scenario, List<String> overrides,
                              List<FitParameter> parameters, double[] start, List<Target> targets, long[] seeds,
                              OptimiserSettings optimiser) {}
