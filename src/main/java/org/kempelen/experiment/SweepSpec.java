package org.kempelen.experiment;

import java.nio.file.Path;
import java.util.List;
import org.kempelen.experiment.design.Design;
import org.kempelen.experiment.design.Factor;

/**
 * A sweep as read from its file: the base scenario, what to vary and how, replications, the
 * metrics to collect, and where results go. Built by {@link SweepLoader}.
 *
 * @param overrides {@code path=value} applied to every run before the varied parameters
 * @param metrics   metric name patterns ({@code *} matches one path segment); empty means all
 * @param chartMetrics metrics drawn against each varied parameter and in the sensitivity chart
 * @param sharedBurnIn one burn-in per replication (and per value of the structural parameters), every
 *                     point's policy levers branching from its saved state (docs/STATES.md)
 */
public record SweepSpec(String name, Path file, String fileHash, Path scenario, long seed, int replications, Design design,
                        int bootstrap, List<Factor> factors, List<String> overrides, List<String> metrics,
                        List<String> chartMetrics, Path out, boolean sharedBurnIn) {}
