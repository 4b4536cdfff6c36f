package org.kempelen.compare;

import java.util.Map;

/**
 * One run on one side of a comparison: where it was read from, its seed, the scenario settings
 * it ran with (path to value, to tell what differs between the sides) and its metrics by path.
 */
public record Replication(String source, long seed, Map<String, String> settings, Map<String, Double> values) {
    /** The metric, NaN when the run reports it as not available, null when the run does not have it at all. */
    public Double value(String path) {
        return values.get(path);
    }
}
