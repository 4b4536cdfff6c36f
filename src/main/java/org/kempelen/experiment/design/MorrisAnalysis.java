package org.kempelen.experiment.design;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris elementary effects from a {@link MorrisDesign} plan and the outputs of its points. For
 * every step of every trajectory, the elementary effect of the factor changed is
 * {@code (y[step] - y[step-1]) / delta}, with delta the signed change in unit coordinates (from
 * the point's {@link Role.Morris}). Per factor: mu (mean), mu* (mean absolute value), sigma
 * (sample standard deviation, n-1) and r, the effects used: a step whose output or previous
 * output is NaN is skipped. Statistics over no effects are NaN; sigma needs two.
 */
public final class MorrisAnalysis {
    private MorrisAnalysis() {
    }

    /**
     * @param plan a plan made by {@link MorrisDesign}
     * @param y    the output of each point, {@code y[j]} for {@code plan.points().get(j)}; NaN means missing
     * @return one effect per factor, in the plan's factor order
     * @throws IllegalArgumentException if the plan is not a Morris plan, or {@code y} has the
     *         wrong length or an infinite value
     */
    public static List<MorrisEffect> effects(Plan plan, double[] y) {
        check(plan);
        Outputs.check(plan, y);
        int k = plan.factors().size();
        List<List<Double>> ee = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            ee.add(new ArrayList<>());
        }
        for (int j = 0; j < plan.size(); j++) {
            Role.Morris m = (Role.Morris) plan.role(j);
            if (m.step() > 0 && !Double.isNaN(y[j]) && !Double.isNaN(y[j - 1])) {
                ee.get(m.factor()).add((y[j] - y[j - 1]) / m.delta());
            }
        }
        List<MorrisEffect> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            List<Double> e = ee.get(i);
            int r = e.size();
            double sum = 0;
            double abs = 0;
            for (double v : e) {
                sum += v;
                abs += Math.abs(v);
            }
            double mu = r == 0 ? Double.NaN : sum / r;
            double muStar = r == 0 ? Double.NaN : abs / r;
            double ss = 0;
            for (double v : e) {
                ss += (v - mu) * (v - mu);
            }
            double sigma = r < 2 ? Double.NaN : Math.sqrt(ss / (r - 1));
            out.add(new MorrisEffect(plan.factors().get(i).path(), mu, muStar, sigma, r));
        }
        return out;
    }

    /** Checks that the plan has the trajectory structure {@link MorrisDesign} makes. */
    private static void check(Plan plan) {
        if (!"morris".equals(plan.design()) || plan.size() == 0 || !(plan.role(0) instanceof Role.Morris)) {
            throw new IllegalArgumentException("Morris analysis needs a plan made by the morris design; this plan is from the '"
                    + plan.design() + "' design");
        }
        int k = plan.factors().size();
        for (int j = 0; j < plan.size(); j++) {
            if (!(plan.role(j) instanceof Role.Morris m)) {
                throw new IllegalArgumentException("Morris analysis: point " + (j + 1) + " is not part of a trajectory");
            }
            boolean ok;
            if (m.step() == 0) {
                ok = m.factor() == -1;
            } else {
                ok = j > 0 && plan.role(j - 1) instanceof Role.Morris prev && prev.trajectory() == m.trajectory()
                        && prev.step() == m.step() - 1 && m.factor() >= 0 && m.factor() < k
                        && m.delta() != 0 && Double.isFinite(m.delta());
            }
            if (!ok) {
                throw new IllegalArgumentException("Morris analysis: point " + (j + 1) + " has role " + m
                        + ", which does not continue a trajectory (points must be in trajectory order as the morris design makes them)");
            }
        }
    }
}
