/**
 * Running scenarios: {@link org.kempelen.experiment.Simulation} runs one scenario and writes its
 * run directory; {@link org.kempelen.experiment.Sweep} runs sweeps on a
 * {@link org.kempelen.experiment.SweepEngine} (a thread pool here; Spark in org.kempelen.spark)
 * and writes their files. Depends on model, scenario, metrics and output; the CLI calls this
 * layer, the Spark engine and the scenario loader.
 */
package org.kempelen.experiment;
