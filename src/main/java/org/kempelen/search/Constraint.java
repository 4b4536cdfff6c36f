package org.kempelen.search;

/**
 * A constraint of a search: a summary.json metric summarised over the states of the world (by
 * default its worst case) must be at least (or at most) {@code bound}. A candidate that breaks
 * it is infeasible: never on the front, and ranked by how far it misses.
 */
public record Constraint(String metric, boolean atLeast, double bound, Robustness robustness) {
    public String column() {
        return metric + "." + robustness.label();
    }

    /** How far {@code robust} misses the bound (0 when met; infinite when not available). */
    public double violation(double robust) {
        if (!Double.isFinite(robust)) return Double.POSITIVE_INFINITY;
        return Math.max(0, atLeast ? bound - robust : robust - bound);
    }

    public String describe() {
        return robustness.label() + " of " + metric + (atLeast ? " >= " : " <= ") + org.kempelen.output.Fmt.number(bound);
    }
}
