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
