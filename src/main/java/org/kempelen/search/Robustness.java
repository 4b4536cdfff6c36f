package org.kempelen.search;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a candidate's values over the states of the world become one number: their mean, a
 * percentile of them (linear interpolation between order statistics), the worst of them, or the
 * regret (Savage): in each state, how far the candidate falls short of the best candidate
 * evaluated in that state, and the largest such shortfall over the states (0 for a candidate
 * that is best everywhere; always minimised).
 */
public record Robustness(Kind kind, double percentile) {
    public enum Kind { mean, percentile, worst, regret }

    public static final Robustness MEAN = new Robustness(Kind.mean, Double.NaN);
    public static final Robustness WORST = new Robustness(Kind.worst, Double.NaN);
    public static final Robustness REGRET = new Robustness(Kind.regret, Double.NaN);

    public static Robustness percentile(double p) {
        if (!(p >= 0 && p <= 100)) throw new IllegalArgumentException("percentile " + p + " is not from 0 to 100");
        return new Robustness(Kind.percentile, p);
    }

    /** A short name for column headers: mean, p90, worst, regret. */
    public String label() {
        if (kind != Kind.percentile) return kind.name();
        return "p" + (percentile == Math.rint(percentile) ? Long.toString((long) percentile) : String.format(Locale.ROOT, "%s", percentile));
    }

    /**
     * The robust value of {@code perState}; {@code maximise} says which way is better (for the
     * worst case and the regret); {@code bestPerState} is only read for the regret. NaN when a
     * state has no value (its runs failed).
     */
    public double of(double[] perState, boolean maximise, double[] bestPerState) {
        for (double v : perState) if (!Double.isFinite(v)) return Double.NaN;
        return switch (kind) {
            case mean -> Arrays.stream(perState).sum() / perState.length;
            case percentile -> percentileOf(perState, percentile);
            case worst -> maximise ? Arrays.stream(perState).min().orElseThrow() : Arrays.stream(perState).max().orElseThrow();
            case regret -> {
                double worst = 0;
                for (int s = 0; s < perState.length; s++) {
                    worst = Math.max(worst, maximise ? bestPerState[s] - perState[s] : perState[s] - bestPerState[s]);
                }
                yield worst;
            }
        };
    }

    /** Whether larger robust values are better: a maximised metric's mean, percentile or worst case; never a regret. */
    public boolean larger(boolean maximise) {
        return maximise && kind != Kind.regret;
    }

    /** The {@code p}-th percentile (0 to 100), interpolated between order statistics (R's type 7). */
    static double percentileOf(double[] values, double p) {
        double[] v = values.clone();
        Arrays.sort(v);
        double h = (v.length - 1) * p / 100;
        int lo = (int) Math.floor(h);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }
}
