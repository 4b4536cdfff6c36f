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

    /** Whether a simulated value lies in the tolerance interval (bounds included); never for NaN. */
    public boolean inside(double simulated) {
        return simulated >= low && simulated <= high;
    }

    /**
     * Whether the target applies to the scenario of this name. Not to the scenarios that extend
     * it: a policy changes what the targets measure (a pay floor raises wages), so it is held to
     * them only when asked (validate --preset).
     */
    public boolean appliesTo(String scenarioName) {
        return presets.contains(scenarioName);
    }
}
