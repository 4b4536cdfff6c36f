package org.kempelen.calibration;

import java.util.List;
import org.kempelen.scenario.Location;

/**
 * One calibration target: a figure from the field (FIELD.md), the run metric it is compared
 * with (a dotted path into summary.json), the value aimed at and the interval counted as a fit,
 * and the presets (scenario names) it applies to. {@code location} is where the target is
 * defined, for messages about it.
 */
public record Target(String name, String metric, double value, double low, double high, String unit, String source,
                     List<String> presets, Location location) {

    /** Half the width of the tolerance interval: the unit in which the moment distance measures a miss. */
    public double halfWidth() {
        return (high - low) / 2;
    }

    /** Whether a simulated value lies in the tolerance interval (bounds included); never for NaN. */
    public boolean inside(double simulated) {
        return simulated >= low && simulated <= high;
    }

    /** Whether the target applies to a scenario known by any of {@code names} (its own name, then those it extends). */
    public boolean appliesTo(List<String> names) {
        return names.stream().anyMatch(presets::contains);
    }
}
