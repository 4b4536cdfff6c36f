package org.kempelen.calibration;

import java.util.ArrayList;
import java.util.List;
import org.kempelen.charts.Replicates;

/**
 * One evaluation of the objective: its number (from 1, in the optimiser's order), the parameter
 * values, and each replication's moments ({@code moments[replication][target]}).
 */
public record Evaluation(int number, double[] values, double[][] moments) {
    /** Each target's mean over the replications that produced it. */
    public double[] means() {
        int targets = moments.length == 0 ? 0 : moments[0].length;
        double[] out = new double[targets];
        for (int t = 0; t < targets; t++) out[t] = Replicates.of(column(t)).mean();
        return out;
    }

    public double objective(List<Target> targets) {
        return MomentDistance.of(targets, means());
    }

    /** The fit of every target at this point, from its replications. */
    public List<TargetFit> fits(List<Target> targets) {
        List<TargetFit> out = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) out.add(TargetFit.of(targets.get(t), column(t)));
        return out;
    }

    /** Target {@code t} over the replications, those not available (NaN) left out. */
    private double[] column(int t) {
        return java.util.Arrays.stream(moments).mapToDouble(m -> m[t]).filter(Double::isFinite).toArray();
    }
}
