package org.kempelen.calibration;

import java.util.ArrayList;
import java.util.List;
import org.kempelen.charts.Replicates;

/**
 * How sure each fitted value is: after the optimiser, central finite differences of the mean
 * moments at the best point (step {@link #STEP} of each parameter's range, the same seeds, so
 * the noise of the two sides largely cancels) give the Jacobian G, and the {@link Sandwich} turns
 * it into standard errors. The moments' uncertainty is the target's own imprecision (a value's
 * interval read as a 95 % range: half-width / 1.96; a bound's or ordering's scale) plus the
 * simulation variance of the mean over the replications. Bounds and orderings enter only when
 * active at the optimum (missed, or met by less than one scale): a slack inequality does not
 * pin a parameter down. The 2d evaluations are not journalled: the simulator is deterministic
 * for a point and seed, so a resumed calibration recomputes them to the same bits.
 */
public final class ParameterUncertainty {
    /** The finite-difference step, a share of each parameter's range. */
    public static final double STEP = 0.05;

    /** Simulates one point over the calibration's seeds: moments[replication][comparison]. */
    @FunctionalInterface
    public interface PointSimulator {
        double[][] moments(double[] values) throws Exception;
    }

    /** The estimates, and the comparisons that entered G (the others are slack or not available). */
    public record Estimates(List<ParameterEstimate> parameters, List<String> used) {}

    private ParameterUncertainty() {}

    /** The estimates at {@code best}: 2 simulations per parameter, each reported to {@code progress} before it runs. */
    public static Estimates estimate(CalibrationSpec spec, Evaluation best, PointSimulator simulator,
                                     java.util.function.IntConsumer progress) throws Exception {
        List<FitParameter> params = spec.parameters();
        List<Comparison> comparisons = Comparison.of(spec.targets());
        int d = params.size();
        int n = comparisons.size();
        double[] mean = best.means();
        double[][] g = new double[n][d];
        boolean[] available = new boolean[n];
        java.util.Arrays.fill(available, true);
        for (int j = 0; j < d; j++) {
            FitParameter p = params.get(j);
            double u = p.position(best.values()[j]);
            // At a bound the stencil is moved inside the range: a one-sided difference over one step.
            double[] lo = best.values().clone();
            double[] hi = best.values().clone();
            lo[j] = p.value(Math.max(0, u - STEP));
            hi[j] = p.value(Math.min(1, u + STEP));
            progress.accept(2 * j + 1);
            double[] mLo = new Evaluation(0, lo, simulator.moments(lo)).means();
            progress.accept(2 * j + 2);
            double[] mHi = new Evaluation(0, hi, simulator.moments(hi)).means();
            for (int i = 0; i < n; i++) {
                g[i][j] = (mHi[i] - mLo[i]) / (hi[j] - lo[j]);
                if (!Double.isFinite(g[i][j])) available[i] = false;
            }
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) if (available[i] && Double.isFinite(mean[i]) && active(comparisons.get(i), mean[i])) rows.add(i);
        double[][] gs = new double[rows.size()][];
        double[] w = new double[rows.size()];
        double[] sigma2 = new double[rows.size()];
        List<String> used = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int i = rows.get(r);
            Comparison c = comparisons.get(i);
            gs[r] = g[i];
            double scale = c.scale(mean[i]);
            w[r] = 1 / (scale * scale);
            double own = c.target().kind() == Target.Kind.INTERVAL ? (c.target().high() - c.target().low()) / 2 / 1.96 : c.target().scale();
            sigma2[r] = own * own + simulationVariance(best.column(i));
            used.add(c.name());
        }
        double[] ranges = params.stream().mapToDouble(p -> p.max() - p.min()).toArray();
        return new Estimates(ParameterEstimate.of(params, best.values(), Sandwich.of(gs, w, sigma2, ranges)), List.copyOf(used));
    }

    /** A value target always; a bound or ordering when missed or met by less than one scale. */
    static boolean active(Comparison c, double mean) {
        return c.target().kind() == Target.Kind.INTERVAL || c.violation(mean) > -c.target().scale();
    }

    /** The variance of the mean over the replications; 0 for one (it cannot be estimated from one). */
    private static double simulationVariance(double[] replications) {
        Replicates.Estimate e = Replicates.of(replications);
        return e.n() < 2 ? 0 : e.sd() * e.sd() / e.n();
    }
}
