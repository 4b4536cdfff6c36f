package org.kempelen.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Paired and Welch t against values computed by hand (and checked with scipy.stats), and the degenerate cases. */
class MeanDifferenceTest {
    private static final double[] A = {1, 2, 3, 4};
    private static final double[] B = {2, 4, 5, 5};

    @Test
    void pairedTMatchesTheHandComputedValue() {
        // d = 1, 2, 2, 1: mean 1.5, sd sqrt(1/3), se sqrt(1/3)/2, t = 1.5 / se = 5.196152, df 3.
        MeanDifference d = MeanDifference.paired(A, B);
        assertEquals(MeanDifference.Test.PAIRED_T, d.test());
        assertEquals(1.5, d.difference(), 1e-12);
        assertEquals(5.196152422706632, d.t(), 1e-9);
        assertEquals(3, d.df(), 0);
        assertEquals(0.013846832988859045, d.p(), 1e-9);
        // t(0.975, 3) = 3.1824463: half width 3.1824463 * 0.2886751 = 0.9186930.
        assertEquals(1.5 - 0.918693, d.ciLow(), 1e-6);
        assertEquals(1.5 + 0.918693, d.ciHigh(), 1e-6);
    }

    @Test
    void welchMatchesTheHandComputedValue() {
        // var A 5/3, var B 2; se^2 = 5/12 + 1/2; df by Welch-Satterthwaite = 5.9508197.
        MeanDifference d = MeanDifference.welch(A, B);
        assertEquals(MeanDifference.Test.WELCH_T, d.test());
        assertEquals(1.5666989036012806, d.t(), 1e-9);
        assertEquals(5.950819672131147, d.df(), 1e-9);
        assertEquals(0.16863324774616334, d.p(), 1e-9);
        assertTrue(d.ciLow() < 0 && d.ciHigh() > 1.5, "the unpaired interval is wider and covers 0");
    }

    @Test
    void pairingIsMorePowerfulForSharedSeeds() {
        assertTrue(MeanDifference.paired(A, B).p() < MeanDifference.welch(A, B).p());
    }

    @Test
    void identicalSamplesGiveZeroDifferenceAndPOne() {
        for (MeanDifference d : new MeanDifference[] {MeanDifference.paired(A, A), MeanDifference.welch(new double[] {2, 2}, new double[] {2, 2})}) {
            assertEquals(0, d.difference(), 0);
            assertEquals(1, d.p(), 0);
            assertEquals(0, d.ciLow(), 0);
            assertEquals(0, d.ciHigh(), 0);
        }
        MeanDifference shifted = MeanDifference.paired(A, new double[] {2, 3, 4, 5});
        assertEquals(0, shifted.p(), 0, "a constant non-zero shift");
        assertEquals(1, shifted.ciLow(), 0);
    }

    @Test
    void singleRunsGiveTheDifferenceWithoutInterval() {
        MeanDifference d = MeanDifference.welch(new double[] {3}, new double[] {5});
        assertEquals(MeanDifference.Test.NONE, d.test());
        assertEquals(2, d.difference(), 0);
        assertTrue(Double.isNaN(d.ciLow()) && Double.isNaN(d.p()));
        assertEquals(1, d.nA());
    }

    @Test
    void missingValuesDropTheirPair() {
        MeanDifference d = MeanDifference.paired(new double[] {1, Double.NaN, 3, 4}, new double[] {2, 9, 5, 5});
        assertEquals(3, d.nA());
        assertEquals((1 + 2 + 1) / 3.0, d.difference(), 1e-12);
        assertEquals(d.difference() / d.meanA(), d.relative(d.difference()), 1e-12);
    }
}
