package org.kempelen.experiment;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.kempelen.metrics.RunResults;
import org.kempelen.metrics.Table;

/**
 * What one run of a sweep gave: its status ({@code ok}, {@code invalid}, {@code failed}) and error,
 * its wall time (loading its scenario included), and when ok its scalar metrics and by_country
 * table (what the sweep's files take from it) and, for {@code --keep-runs} only, all its tables
 * and when it simulated (its run directory; a year's tables are about a megabyte, which the
 * sweep's files do not need). Serializable: the Spark engine computes it on an executor and hands
 * it to the driver, which writes it.
 */
public record RunOutcome(RunSpec spec, String status, String error, double wallSeconds, Map<String, Double> metrics,
                         Table byCountry, RunResults kept, Instant started, Instant finished) implements Serializable {
    public boolean ok() {
        return status.equals("ok");
    }
}
