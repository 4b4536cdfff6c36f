package org.kempelen.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kempelen.output.Fmt;

/**
 * One thing a target compares with the runs, per replication: a value or bound target's metric,
 * or, for an ordering, the paired difference of its metric and one {@code other} metric in the
 * same replication (replications share their seeds, so the difference is paired). A value target
 * and a bound give one comparison, an ordering one per listed metric. Comparisons are the
 * moments of a calibration: its columns in trace.csv, the rows of fit.csv and of the objective.
 */
public record Comparison(Target target, String other) {

    /** Every comparison of {@code targets}, in target order. */
    public static List<Comparison> of(List<Target> targets) {
        List<Comparison> out = new ArrayList<>();
        for (Target t : targets) out.addAll(t.comparisons());
        return out;
    }

    /** The column name: the target's, with the other metric for an ordering (which has one comparison per metric). */
    public String name() {
        return other == null ? target.name() : target.name() + ":" + other;
    }

    /** The quantity whose mean is reported: the metric, or for an ordering the difference "metric - other". */
    public String quantity() {
        return other == null ? target.metric() : target.metric() + " - " + other;
    }

    /** What must hold, for people: e.g. "a.DE < a.IN", "<= 3 USD/h", "[1.5, 2.5] USD/h". */
    public String criterion() {
        String unit = target.unit().isEmpty() ? "" : " " + target.unit();
        return switch (target.kind()) {
            case INTERVAL -> "[" + Fmt.number(target.low()) + ", " + Fmt.number(target.high()) + "]" + unit;
            case BELOW -> "<= " + Fmt.number(target.high()) + unit;
            case ABOVE -> ">= " + Fmt.number(target.low()) + unit;
            case BELOW_EACH_OF -> target.metric() + " < " + other;
            case ABOVE_EACH_OF -> target.metric() + " > " + other;
        };
    }

    /** This comparison's value in one replication's metrics (NaN when a metric is missing or not available). */
    public double value(Map<String, Double> metrics) {
        double v = metrics.getOrDefault(target.metric(), Double.NaN);
        return other == null ? v : v - metrics.getOrDefault(other, Double.NaN);
    }

    /** The value aimed at (NaN for bounds and orderings, which aim at a side). */
    public double aim() {
        return target.value();
    }

    /** The lower end of what counts as a fit, on the compared quantity (an ordering's difference: 0 or -infinity). */
    public double low() {
        if (!target.kind().ordering()) return target.low();
        return target.kind().below() ? Double.NEGATIVE_INFINITY : 0;
    }

    public double high() {
        if (!target.kind().ordering()) return target.high();
        return target.kind().below() ? 0 : Double.POSITIVE_INFINITY;
    }

    /**
     * Whether the mean meets the target: inside the interval or on the bound's side (the edge
     * included, as for an interval); an ordering strictly (equal means are no ordering). Never for NaN.
     */
    public boolean met(double mean) {
        if (!target.kind().ordering()) return target.inside(mean);
        return target.kind().below() ? mean < 0 : mean > 0;
    }

    /** How far a bound or ordering is missed (positive), or its slack (negative): the mean beyond the limit on the wrong side. */
    public double violation(double mean) {
        return target.kind().below() ? mean - high() : low() - mean;
    }

    /**
     * The miss that counts as one tolerance unit at {@code mean}: for a value, the distance from
     * the value to the interval's edge on the side of the mean; otherwise the target's scale.
     */
    public double scale(double mean) {
        if (target.kind() != Target.Kind.INTERVAL) return target.scale();
        return mean >= target.value() ? target.high() - target.value() : target.value() - target.low();
    }
}
