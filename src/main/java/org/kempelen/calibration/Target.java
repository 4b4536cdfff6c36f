package org.kempelen.calibration;

import java.util.ArrayList;
import java.util.List;
import org.kempelen.scenario.Location;

/**
 * One calibration target: a figure or a pattern from the field (FIELD.md), the run metric it
 * concerns (a dotted path into summary.json), what counts as a fit, and the presets (scenario
 * names) it applies to. {@code location} is where the target is defined, for messages about it.
 * <p>
 * Three kinds: a value with its tolerance interval [low, high]; a bound (the metric below or
 * above a limit, with a scale: the miss that counts as one tolerance unit); an ordering (the
 * metric below or above each of {@code others}, with a scale). A bound is kept as a one-sided
 * interval (the open side infinite) so that "inside" means the same for it as for a value;
 * {@code value} is NaN for bounds and orderings, {@code scale} NaN for values.
 */
public record Target(String name, String metric, Kind kind, double value, double low, double high, double scale,
                     List<String> others, String unit, String source, List<String> presets, Location location) {

    /** The kinds of target, by the key that gives the criterion in the targets file. */
    public enum Kind {
        INTERVAL("interval"), BELOW("below"), ABOVE("above"), BELOW_EACH_OF("below_each_of"), ABOVE_EACH_OF("above_each_of");

        /** The key in the targets file. */
        public final String key;

        Kind(String key) {
            this.key = key;
        }

        /** Whether the simulated value must lie below the limit (or the other metrics), not above. */
        public boolean below() {
            return this == BELOW || this == BELOW_EACH_OF;
        }

        public boolean ordering() {
            return this == BELOW_EACH_OF || this == ABOVE_EACH_OF;
        }
    }

    /** A value target: the value aimed at and its tolerance interval. */
    public Target(String name, String metric, double value, double low, double high, String unit, String source,
                  List<String> presets, Location location) {
        this(name, metric, Kind.INTERVAL, value, low, high, Double.NaN, List.of(), unit, source, presets, location);
    }

    /** A bound: {@code metric} below (or above) {@code limit}; a miss of {@code scale} counts as one tolerance unit. */
    public static Target bound(String name, String metric, boolean below, double limit, double scale, String unit, String source,
                               List<String> presets, Location location) {
        return new Target(name, metric, below ? Kind.BELOW : Kind.ABOVE, Double.NaN, below ? Double.NEGATIVE_INFINITY : limit,
                below ? limit : Double.POSITIVE_INFINITY, scale, List.of(), unit, source, presets, location);
    }

    /** An ordering: {@code metric}'s mean below (or above) each of {@code others}' means. */
    public static Target ordering(String name, String metric, boolean below, List<String> others, double scale, String unit,
                                  String source, List<String> presets, Location location) {
        return new Target(name, metric, below ? Kind.BELOW_EACH_OF : Kind.ABOVE_EACH_OF, Double.NaN, Double.NaN, Double.NaN, scale,
                List.copyOf(others), unit, source, presets, location);
    }

    /** Whether a simulated value lies in the tolerance interval (bounds included; for a bound, on its side); never for NaN. */
    public boolean inside(double simulated) {
        return simulated >= low && simulated <= high;
    }

    /** What is compared with the runs: one comparison, or for an ordering one per other metric, in file order. */
    public List<Comparison> comparisons() {
        if (!kind.ordering()) return List.of(new Comparison(this, null));
        List<Comparison> out = new ArrayList<>();
        for (String other : others) out.add(new Comparison(this, other));
        return out;
    }

    /** Every metric the target reads: its own, then an ordering's others. */
    public List<String> metrics() {
        List<String> out = new ArrayList<>(List.of(metric));
        out.addAll(others);
        return out;
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
