package org.kempelen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The robustness measures over states of the world, and the front's dominance, on numbers worked by hand. */
class RobustnessTest {
    private static final double[] VALUES = {4, 1, 3, 2};

    @Test
    void meanPercentileAndWorstCase() {
        assertEquals(2.5, Robustness.MEAN.of(VALUES, false, null));
        // Type 7: h = (n - 1) p / 100 = 0.75 for p = 25, so 1 + 0.75 (2 - 1).
        assertEquals(1.75, Robustness.percentile(25).of(VALUES, true, null), 1e-12);
        assertEquals(4, Robustness.percentile(100).of(VALUES, false, null));
        assertEquals(1, Robustness.WORST.of(VALUES, true, null), "the worst of a maximised metric is its least");
        assertEquals(4, Robustness.WORST.of(VALUES, false, null), "the worst of a minimised metric is its most");
        assertTrue(Double.isNaN(Robustness.MEAN.of(new double[] {1, Double.NaN}, false, null)), "a state without a value spoils the measure");
        assertEquals("p25", Robustness.percentile(25).label());
        assertEquals("p2.5", Robustness.percentile(2.5).label());
    }

    @Test
    void regretIsTheLargestShortfallAgainstTheBestInEachState() {
        double[] best = {5, 1, 3, 3};
        assertEquals(1, Robustness.REGRET.of(VALUES, true, best), "maximised: best - value, at most 5 - 4 = 1 and 3 - 2 = 1");
        double[] lowest = {1, 1, 1, 1};
        assertEquals(3, Robustness.REGRET.of(VALUES, false, lowest), "minimised: value - best, at most 4 - 1");
        assertTrue(!Robustness.REGRET.larger(true), "a regret is always minimised");
        Objective o = new Objective("wages.median_effective_hourly_wage_usd", true, Robustness.percentile(10));
        assertEquals(-3, o.minimised(3), "a maximised objective is negated for the optimiser");
        assertEquals(0, new Constraint("m", true, 5, Robustness.WORST).violation(6));
        assertEquals(2, new Constraint("m", true, 5, Robustness.WORST).violation(3));
        assertEquals(1, new Constraint("m", false, 5, Robustness.WORST).violation(6));
    }

    @Test
    void theFrontKeepsTheNonDominatedFeasibleCandidatesAndTies() {
        List<double[]> points = List.of(new double[] {1, 3}, new double[] {2, 2}, new double[] {2, 3}, new double[] {0, 0}, new double[] {2, 2});
        boolean[] feasible = {true, true, true, false, true};
        assertEquals(List.of(0, 1, 4), Front.of(points.size(), feasible, points::get), "(2, 3) is dominated; (0, 0) is infeasible; ties stay");
    }
}
