package org.kempelen.experiment;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.kempelen.metrics.RunResults;

/**
 * What one run of a sweep gave: its status ({@code ok}, {@code invalid}, {@code failed}) and error,
 * its wall time (loading its scenario included), and when ok its scalar metrics, its tables and
 * when it simulated ({@code started}, {@code finished}: the manifest of a kept run). Serializable:
 * the Spark engine computes it on an executor and hands it to the driver, which writes it.
 */
public record RunOutcome(RunSpec spec, String status, String error, double wallSeconds, Map<String, Double> metrics,
                         RunResults results, Instant started, Instant finished) implements Serializable {
    public boolean ok() {
        return status.equals("ok");
    }
}
