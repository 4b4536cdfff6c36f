/**
 * Running scenarios: {@link org.kempelen.experiment.Simulation} runs one scenario and writes its
 * run directory. Sweeps (designs, executors, aggregation) will live here too. Depends on model,
 * scenario, metrics and output; the CLI calls only this layer and the scenario loader.
 */
package org.kempelen.experiment;
