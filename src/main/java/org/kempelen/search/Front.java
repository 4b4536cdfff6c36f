package org.kempelen.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The non-dominated feasible candidates: no other feasible candidate is at least as good in every
 * objective and better in one. Candidates with the same objectives are all kept: different
 * levers that give the same outcomes are worth knowing.
 */
final class Front {
    private Front() {}

    /** The front's candidate ids, in id order, among {@code n} candidates with objectives to minimise {@code minimised}. */
    static List<Integer> of(int n, boolean[] feasible, IntFunction<double[]> minimised) {
        List<double[]> f = new ArrayList<>();
        for (int i = 0; i < n; i++) f.add(feasible[i] ? minimised.apply(i) : null);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (f.get(i) == null) continue;
            boolean kept = true;
            for (int j = 0; j < n && kept; j++) {
                if (j == i || f.get(j) == null) continue;
                kept = !dominates(f.get(j), f.get(i));
            }
            if (kept) out.add(i);
        }
        return out;
    }

    /** Whether {@code a} dominates {@code b} (all objectives minimised). */
    static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) return false;
            if (a[k] < b[k]) better = true;
        }
        return better;
    }
}
