package org.kempelen.search;

/**
 * One objective of a search: a summary.json metric (its dotted path), whether more is better,
 * and how its values over the states of the world are summarised.
 */
public record Objective(String metric, boolean maximise, Robustness robustness) {
    /** The column of its robust value in front.csv: metric.robustness (e.g. wages.median_effective_hourly_wage_usd.p10). */
    public String column() {
        return metric + "." + robustness.label();
    }

    /** Its robust value as the optimiser minimises it. */
    public double minimised(double robust) {
        return robustness.larger(maximise) ? -robust : robust;
    }

    /** In words, for figures and the report: "maximise the 10th percentile of ...". */
    public String describe() {
        String how = switch (robustness.kind()) {
            case mean -> "mean of ";
            case percentile -> robustness.label() + " of ";
            case worst -> "worst case of ";
            case regret -> "largest regret in ";
        };
        return (robustness.larger(maximise) ? "maximise " : "minimise ") + how + metric;
    }
}
