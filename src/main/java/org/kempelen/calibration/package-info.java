/**
 * Calibration against figures from the field, without the model: the targets file
 * ({@link org.kempelen.calibration.Targets}; values, bounds and orderings, each compared as one or
 * more {@link org.kempelen.calibration.Comparison}s), the fit of a comparison over replications with its
 * 95 % interval ({@link org.kempelen.calibration.TargetFit}), the method-of-simulated-moments
 * objective ({@link org.kempelen.calibration.MomentDistance}), calibration files
 * ({@link org.kempelen.calibration.CalibrationLoader}), the optimiser loop with common random
 * numbers and exact resume ({@link org.kempelen.calibration.Calibrator},
 * {@link org.kempelen.calibration.CalibrationJournal}), the fitted values' standard errors
 * ({@link org.kempelen.calibration.ParameterUncertainty}) and its output files. The simulator is
 * a function handed in, so everything here is testable on cheap functions; the experiment
 * layer hands in the model. Depends on scenario (YAML, parameter catalogue), output and
 * Commons Math.
 */
package org.kempelen.calibration;
