package org.kempelen.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void logisticRegressionRecoversAKnownLine() {
        int bins = 20;
        double[] x = new double[bins];
        long[] n = new long[bins];
        long[] y = new long[bins];
        for (int b = 0; b < bins; b++) {
            x[b] = (b + 0.5) / bins;
            n[b] = 1_000_000;
            y[b] = Math.round(n[b] / (1 + Math.exp(-(-1.0 + 2.0 * x[b]))));
        }
        double[] fit = Statistics.logisticRegression(x, n, y);
        assertEquals(-1.0, fit[0], 1e-3);
        assertEquals(2.0, fit[1], 1e-3);
        assertTrue(fit[2] > 0 && fit[2] < 0.01);
    }

    @Test
    void logisticRegressionNeedsVariation() {
        assertTrue(Double.isNaN(Statistics.logisticRegression(new double[] {0.5, 0.7}, new long[] {10, 0}, new long[] {5, 0})[1]));
    }

    @Test
    void oddsRatio() {
        // Odds 50:50 = 1 against 20:80 = 0.25.
        assertEquals(4.0, Statistics.oddsRatio(50, 100, 20, 100), 1e-12);
        assertTrue(Double.isNaN(Statistics.oddsRatio(0, 100, 20, 100)));
        assertTrue(Double.isNaN(Statistics.oddsRatio(5, 100, 0, 0)));
    }

    @Test
    void mantelHaenszelOddsRatioOfTwoStrata() {
        // Stratum 1: top 10 of 30 accepted, bottom 5 of 30: a d / n = 10 x 25 / 60, b c / n = 20 x 5 / 60.
        // Stratum 2: top 8 of 10, bottom 30 of 90:        a d / n = 8 x 60 / 100, b c / n = 2 x 30 / 100.
        // OR = (25/6 + 24/5) / (5/3 + 3/5) = (269/30) / (34/15) = 269/68; the crude pooled odds ratio would be 18/22 : 35/85 = 1.99.
        double or = Statistics.mantelHaenszelOddsRatio(new long[] {10, 8}, new long[] {30, 10}, new long[] {5, 30}, new long[] {30, 90});
        assertEquals(269.0 / 68.0, or, 1e-12);
        // A stratum without offers adds nothing.
        assertEquals(or, Statistics.mantelHaenszelOddsRatio(new long[] {10, 8, 0}, new long[] {30, 10, 0}, new long[] {5, 30, 0},
                new long[] {30, 90, 0}), 1e-12);
        // One stratum: the ordinary odds ratio.
        assertEquals(Statistics.oddsRatio(50, 100, 20, 100), Statistics.mantelHaenszelOddsRatio(new long[] {50}, new long[] {100},
                new long[] {20}, new long[] {100}), 1e-12);
        // Nobody accepted in the bottom band (denominator 0), or nobody in the top (numerator 0): not available.
        assertTrue(Double.isNaN(Statistics.mantelHaenszelOddsRatio(new long[] {5}, new long[] {10}, new long[] {0}, new long[] {10})));
        assertTrue(Double.isNaN(Statistics.mantelHaenszelOddsRatio(new long[] {0}, new long[] {10}, new long[] {5}, new long[] {10})));
        assertTrue(Double.isNaN(Statistics.mantelHaenszelOddsRatio(new long[] {0}, new long[] {0}, new long[] {0}, new long[] {0})));
    }

    @Test
    void giniOfEqualAndConcentratedValues() {
        assertEquals(0.0, Statistics.gini(new double[] {2, 2, 2, 2}), 1e-12);
        assertEquals(0.75, Statistics.gini(new double[] {0, 0, 0, 8}), 1e-12);
    }

    @Test
    void median() {
        assertEquals(2.0, Statistics.median(new double[] {3, 1, 2, 99}, 3));
        assertEquals(2.5, Statistics.median(new double[] {4, 1, 2, 3}, 4));
        assertTrue(Double.isNaN(Statistics.median(new double[0], 0)));
    }
}
