package org.kempelen.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999), as scenario discovery uses it
 * (Bryant and Lempert 2010): find a box in the space of uncertain parameters that holds many of
 * the cases of interest (coverage) and few others (density). Peeling removes, step by step, the
 * share {@code alpha} of the points in the box at the low or high end of one parameter, whichever
 * raises the density most, until the box holds fewer than {@code minSupport} of all points; each
 * step is one box of the peeling trajectory. Pasting then widens the chosen box again, one
 * boundary at a time, while that raises its density. Pure: no I/O.
 */
public final class Prim {
    /** One box: per dimension [low, high], and how it does. */
    public record Box(double[] low, double[] high, int points, int interesting, double coverage, double density) {
        /** Whether dimension d is restricted, against the bounds of all points. */
        public boolean restricts(int d, double[] min, double[] max) {
            return low[d] > min[d] || high[d] < max[d];
        }
    }

    /** The peeling trajectory (first box: all points) and the bounds of all points. */
    public record Result(List<Box> trajectory, double[] min, double[] max, int interestingTotal) {}

    private Prim() {}

    /**
     * Peels the box of {@code x} (points x dimensions) around the cases where {@code y} is true.
     *
     * @throws IllegalArgumentException without points, dimensions or cases of interest, or with alpha or minSupport outside (0, 1)
     */
    public static Result peel(double[][] x, boolean[] y, double alpha, double minSupport) {
        int n = x.length;
        if (n == 0 || x[0].length == 0) throw new IllegalArgumentException("no points or no uncertain parameters to search");
        if (!(alpha > 0 && alpha < 1) || !(minSupport > 0 && minSupport < 1)) throw new IllegalArgumentException("alpha and the minimum support must be in (0, 1)");
        int dims = x[0].length;
        int total = 0;
        for (boolean b : y) if (b) total++;
        if (total == 0) throw new IllegalArgumentException("no run meets the condition: there is nothing to find a box around");
        double[] min = new double[dims], max = new double[dims];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] p : x) {
            for (int d = 0; d < dims; d++) {
                min[d] = Math.min(min[d], p[d]);
                max[d] = Math.max(max[d], p[d]);
            }
        }
        List<Box> trajectory = new ArrayList<>();
        double[] low = min.clone(), high = max.clone();
        trajectory.add(box(x, y, low, high, total));
        while (true) {
            Box current = trajectory.get(trajectory.size() - 1);
            Box best = null;
            for (int d = 0; d < dims; d++) {
                double[] values = inside(x, low, high, d);
                if (values.length == 0) continue;
                Arrays.sort(values);
                // Peel at least one distinct value: ties at a boundary go together.
                double cutLow = quantileAbove(values, alpha);
                double cutHigh = quantileBelow(values, alpha);
                for (int side = 0; side < 2; side++) {
                    double[] l = low.clone(), h = high.clone();
                    if (side == 0) {
                        if (cutLow <= low[d] || cutLow > high[d]) continue;
                        l[d] = cutLow;
                    } else {
                        if (cutHigh >= high[d] || cutHigh < low[d]) continue;
                        h[d] = cutHigh;
                    }
                    Box b = box(x, y, l, h, total);
                    if (b.points() < minSupport * n || b.points() == 0) continue;
                    if (best == null || b.density() > best.density() || b.density() == best.density() && b.points() > best.points()) best = b;
                }
            }
            if (best == null || best.points() >= current.points()) break;
            trajectory.add(best);
            low = best.low();
            high = best.high();
        }
        return new Result(trajectory, min, max, total);
    }

    /**
     * Pastes {@code box}: widens one boundary at a time back toward the bounds of all points, by
     * the share {@code alpha} of the box's points, while that raises its density.
     */
    public static Box paste(double[][] x, boolean[] y, Box box, Result all, double alpha) {
        Box current = box;
        int dims = box.low().length;
        while (true) {
            Box best = null;
            for (int d = 0; d < dims; d++) {
                for (int side = 0; side < 2; side++) {
                    double[] l = current.low().clone(), h = current.high().clone();
                    double[] outside = outsideAlong(x, current, d, side == 0);
                    if (outside.length == 0) continue;
                    Arrays.sort(outside);
                    int take = Math.max(1, (int) Math.ceil(alpha * current.points()));
                    if (side == 0) l[d] = outside[Math.max(0, outside.length - take)];
                    else h[d] = outside[Math.min(outside.length - 1, take - 1)];
                    Box b = box(x, y, l, h, all.interestingTotal());
                    if (b.density() > current.density() && (best == null || b.density() > best.density())) best = b;
                }
            }
            if (best == null) return current;
            current = best;
        }
    }

    /** The box of the trajectory with the highest density among those with at least {@code minCoverage}. */
    public static Box choose(Result r, double minCoverage) {
        Box chosen = r.trajectory().get(0);
        for (Box b : r.trajectory()) if (b.coverage() >= minCoverage && b.density() > chosen.density()) chosen = b;
        return chosen;
    }

    static Box box(double[][] x, boolean[] y, double[] low, double[] high, int total) {
        int in = 0, hits = 0;
        for (int i = 0; i < x.length; i++) {
            if (contains(x[i], low, high)) {
                in++;
                if (y[i]) hits++;
            }
        }
        return new Box(low, high, in, hits, hits / (double) total, in == 0 ? 0 : hits / (double) in);
    }

    private static boolean contains(double[] p, double[] low, double[] high) {
        for (int d = 0; d < p.length; d++) if (p[d] < low[d] || p[d] > high[d]) return false;
        return true;
    }

    private static double[] inside(double[][] x, double[] low, double[] high, int d) {
        return Arrays.stream(x).filter(p -> contains(p, low, high)).mapToDouble(p -> p[d]).toArray();
    }

    /** Values of dimension d of the points that lie in the box on every other dimension but beyond it on d, on the low or high side. */
    private static double[] outsideAlong(double[][] x, Box b, int d, boolean lowSide) {
        List<Double> out = new ArrayList<>();
        for (double[] p : x) {
            boolean inOthers = true;
            for (int e = 0; e < p.length && inOthers; e++) if (e != d && (p[e] < b.low()[e] || p[e] > b.high()[e])) inOthers = false;
            if (!inOthers) continue;
            if (lowSide && p[d] < b.low()[d]) out.add(p[d]);
            if (!lowSide && p[d] > b.high()[d]) out.add(p[d]);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The smallest value above the lowest alpha share of the sorted values (the new low bound). */
    private static double quantileAbove(double[] sorted, double alpha) {
        int k = Math.max(1, (int) Math.ceil(alpha * sorted.length));
        double cut = sorted[Math.min(k - 1, sorted.length - 1)];
        for (double v : sorted) if (v > cut) return v;
        return Double.POSITIVE_INFINITY;
    }

    /** The largest value below the highest alpha share of the sorted values (the new high bound). */
    private static double quantileBelow(double[] sorted, double alpha) {
        int k = Math.max(1, (int) Math.ceil(alpha * sorted.length));
        double cut = sorted[Math.max(sorted.length - k, 0)];
        for (int i = sorted.length - 1; i >= 0; i--) if (sorted[i] < cut) return sorted[i];
        return Double.NEGATIVE_INFINITY;
    }
}
