/**
 * Experimental designs and sensitivity analysis for parameter sweeps: the mathematics only.
 *
 * <p>A {@link org.kempelen.experiment.design.Design} turns a list of
 * {@link org.kempelen.experiment.design.Factor}s (a parameter path and its
 * {@link org.kempelen.experiment.design.Domain}: explicit levels or a numeric range) into a
 * {@link org.kempelen.experiment.design.Plan}: the points to run, in run order, with each point's
 * {@link org.kempelen.experiment.design.Role} in the design. Designs: full factorial
 * ({@link org.kempelen.experiment.design.GridDesign}), simple random
 * ({@link org.kempelen.experiment.design.RandomDesign}), Latin hypercube
 * ({@link org.kempelen.experiment.design.LatinHypercubeDesign}), Saltelli's Sobol scheme
 * ({@link org.kempelen.experiment.design.SobolDesign}), Morris trajectories
 * ({@link org.kempelen.experiment.design.MorrisDesign}) and user-supplied points
 * ({@link org.kempelen.experiment.design.CsvDesign}). Given one output per point,
 * {@link org.kempelen.experiment.design.SobolAnalysis} estimates first- and total-order Sobol
 * indices with bootstrap confidence intervals and
 * {@link org.kempelen.experiment.design.MorrisAnalysis} the Morris elementary-effect statistics.
 *
 * <p>Everything here is a pure function of its arguments, deterministic for a given seed (random
 * numbers from Commons Math's Mersenne Twister), with no I/O except {@code CsvDesign} reading its
 * file. The package has no dependency on the model, the scenario or the output layer: factor
 * paths are opaque strings, and running points and collecting outputs is the sweep engine's job.
 * Impossible settings throw {@link java.lang.IllegalArgumentException} with a user-facing message.
 */
package org.kempelen.experiment.design;
