package org.kempelen.calibration;

import java.util.ArrayList;
import java.util.List;
import org.kempelen.charts.Replicates;

/**
 * One evaluation of the objective: its number (from 1, in the optimiser's order), the parameter
 * values, and each replication's moments ({@code moments[replication][comparison]}, one per
 * comparison of the targets, {@link Comparison#of}).
 */
public record Evaluation(int number, double[] values, double[][] moments) {
    /** Each comparison's mean over the replications that produced it. */
    public double[] means() {
        int columns = moments.length == 0 ? 0 : moments[0].length;
        double[] out = new double[columns];
        for (int t = 0; t < columns; t++) out[t] = Replicates.of(column(t)).mean();
        return out;
    }

    public double objective(List<Target> targets) {
        return MomentDistance.of(targets, means());
    }

    /** The fit of every comparison at this point, from its replications. */
    public List<TargetFit> fits(List<Target> targets) {
        List<Comparison> comparisons = Comparison.of(targets);
        List<TargetFit> out = new ArrayList<>();
        for (int t = 0; t < comparisons.size(); t++) out.add(TargetFit.of(comparisons.get(t), column(t)));
        return out;
    }

    /** Comparison {@code t} over the replications, those not available (NaN) left out. */
    double[] column(int t) {
        return java.util.Arrays.stream(moments).mapToDouble(m -> m[t]).filter(Double::isFinite).toArray();
    }
}
