package org.kempelen.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kempelen.scenario.Location;

/** The moment distance on moments whose distance is known by hand. */
class MomentDistanceTest {
    static Target target(String name, double value, double low, double high) {
        return new Target(name, "m." + name, value, low, high, "", "test", List.of("p"), Location.of("test"));
    }

    @Test
    void eachTargetCountsInHalfWidthsOfItsInterval() {
        List<Target> targets = List.of(target("a", 0.29, 0.25, 0.33), target("b", 456.5, 365, 548));
        // a: (0.33 - 0.29) / 0.04 = 1; b: (548 - 456.5) / 91.5 = 1 -> 2; then a two half-widths below, b on its value -> 4.
        assertEquals(2, MomentDistance.of(targets, new double[] {0.33, 548}), 1e-12);
        assertEquals(4, MomentDistance.of(targets, new double[] {0.21, 456.5}), 1e-12);
        assertEquals(0, MomentDistance.of(targets, new double[] {0.29, 456.5}), 1e-12);
        // A value off the interval's middle: each side is measured in its own distance to the edge.
        Target skew = target("c", 2.0, 1.0, 5.0);
        assertEquals(1, MomentDistance.term(skew, 1.0), 1e-12);
        assertEquals(1, MomentDistance.term(skew, 5.0), 1e-12);
        assertEquals(0.25, MomentDistance.term(skew, 3.5), 1e-12);
    }

    @Test
    void aMetricTheRunsDoNotProduceIsPenalisedButFinite() {
        List<Target> targets = List.of(target("a", 0.29, 0.25, 0.33));
        assertEquals(MomentDistance.NOT_AVAILABLE, MomentDistance.of(targets, new double[] {Double.NaN}));
        Evaluation e = new Evaluation(1, new double[] {1}, new double[][] {{Double.NaN}, {0.33}});
        assertEquals(1, e.objective(targets), 1e-12, "a replication without the metric is left out of the mean");
    }

    static Target below(String name, double limit, double scale) {
        return Target.bound(name, "m." + name, true, limit, scale, "", "test", List.of("p"), Location.of("test"));
    }

    @Test
    void boundsAndOrderingsAreHingesInUnitsOfTheirScale() {
        Comparison bound = below("b", 3, 0.5).comparisons().get(0);
        assertEquals(0, MomentDistance.term(bound, 2.0), "met: nothing");
        assertEquals(0, MomentDistance.term(bound, 3.0), "at the bound: nothing");
        assertEquals(4, MomentDistance.term(bound, 4.0), 1e-12, "a miss of two scales");
        Comparison above = Target.bound("a", "m.a", false, 3, 0.5, "", "test", List.of("p"), Location.of("test")).comparisons().get(0);
        assertEquals(1, MomentDistance.term(above, 2.5), 1e-12);
        assertEquals(0, MomentDistance.term(above, 9), 1e-12);
        Target order = Target.ordering("o", "m.de", true, List.of("m.in", "m.ph"), 0.1, "", "test", List.of("p"), Location.of("test"));
        // Means of the paired differences de - in and de - ph: the first is met, the second missed by 0.2 = two scales.
        List<Target> targets = List.of(target("v", 0.29, 0.25, 0.33), order);
        assertEquals(1 + 0 + 4, MomentDistance.of(targets, new double[] {0.33, -0.05, 0.2}), 1e-12);
        assertEquals(MomentDistance.NOT_AVAILABLE, MomentDistance.term(order.comparisons().get(1), Double.NaN));
    }
}
