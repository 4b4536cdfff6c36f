package org.kempelen.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Random and Latin hypercube designs. */
class SamplingDesignTest {
    private static final List<Factor> FACTORS = List.of(
            new Factor("x", new Domain.Range(-2, 3)),
            new Factor("n", new Domain.Range(5, 9, true, 0)),
            new Factor("u", new Domain.Range(0, 1)),
            new Factor("s", Domain.Levels.of("a", "b", "c", "d")));

    private static void assertWithinBounds(Plan plan) {
        for (Map<String, Object> p : plan.points()) {
            double x = (Double) p.get("x");
            assertTrue(x >= -2 && x <= 3, "x = " + x);
            long n = (Long) p.get("n");
            assertTrue(n >= 5 && n <= 9, "n = " + n);
            assertTrue(List.of("a", "b", "c", "d").contains(p.get("s")));
        }
    }

    @Test
    void randomIsWithinBoundsAndDeterministicForASeed() {
        Plan plan = new RandomDesign(200).plan(FACTORS, 42);
        assertEquals(200, plan.size());
        assertEquals("random", plan.design());
        assertWithinBounds(plan);
        assertEquals(plan, new RandomDesign(200).plan(FACTORS, 42));
        assertNotEquals(plan, new RandomDesign(200).plan(FACTORS, 43));
        assertInstanceOf(Double.class, plan.point(0).get("x"));
        assertInstanceOf(Long.class, plan.point(0).get("n"));
    }

    @Test
    void randomCoversTheRangeRoughlyUniformly() {
        Plan plan = new RandomDesign(2000).plan(FACTORS, 7);
        double mean = plan.points().stream().mapToDouble(p -> (Double) p.get("u")).average().orElseThrow();
        assertEquals(0.5, mean, 0.03);
        for (String level : List.of("a", "b", "c", "d")) {
            long count = plan.points().stream().filter(p -> p.get("s").equals(level)).count();
            assertEquals(500, count, 80, level);
        }
    }

    @Test
    void lhsPutsExactlyOnePointInEachStratumOfEachFactor() {
        int samples = 50;
        List<Factor> unit = List.of(new Factor("a", new Domain.Range(0, 1)), new Factor("b", new Domain.Range(0, 1)),
                new Factor("c", new Domain.Range(10, 20)));
        Plan plan = new LatinHypercubeDesign(samples).plan(unit, 3);
        assertEquals(samples, plan.size());
        assertEquals("lhs", plan.design());
        for (Factor f : unit) {
            Domain.Range r = (Domain.Range) f.domain();
            int[] count = new int[samples];
            for (Map<String, Object> p : plan.points()) {
                double u = ((Double) p.get(f.path()) - r.min()) / (r.max() - r.min());
                assertTrue(u >= 0 && u < 1, f.path() + " u = " + u);
                count[(int) Math.floor(u * samples)]++;
            }
            for (int s = 0; s < samples; s++) {
                assertEquals(1, count[s], f.path() + " stratum " + s);
            }
        }
    }

    @Test
    void lhsBalancesLevelsWhenTheirCountDividesTheSamples() {
        Plan plan = new LatinHypercubeDesign(40).plan(FACTORS, 5);
        assertWithinBounds(plan);
        for (String level : List.of("a", "b", "c", "d")) {
            assertEquals(10, plan.points().stream().filter(p -> p.get("s").equals(level)).count(), level);
        }
    }

    @Test
    void lhsIsDeterministicForASeedAndDifferentForAnother() {
        Plan plan = new LatinHypercubeDesign(30).plan(FACTORS, 11);
        assertEquals(plan, new LatinHypercubeDesign(30).plan(FACTORS, 11));
        assertNotEquals(plan, new LatinHypercubeDesign(30).plan(FACTORS, 12));
    }

    @Test
    void lhsFactorsArePermutedIndependently() {
        List<Factor> unit = List.of(new Factor("a", new Domain.Range(0, 1)), new Factor("b", new Domain.Range(0, 1)));
        Plan plan = new LatinHypercubeDesign(200).plan(unit, 9);
        double[] a = plan.points().stream().mapToDouble(p -> (Double) p.get("a")).toArray();
        double[] b = plan.points().stream().mapToDouble(p -> (Double) p.get("b")).toArray();
        double corr = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(a, b);
        assertTrue(Math.abs(corr) < 0.25, "correlation " + corr);
    }

    @Test
    void impossibleSampleCountsAreRefused() {
        String m = assertThrows(IllegalArgumentException.class, () -> new RandomDesign(0)).getMessage();
        assertTrue(m.contains("samples") && m.contains("at least 1"), m);
        m = assertThrows(IllegalArgumentException.class, () -> new LatinHypercubeDesign(-3)).getMessage();
        assertTrue(m.contains("samples") && m.contains("-3"), m);
        assertThrows(IllegalArgumentException.class, () -> new RandomDesign(5).plan(List.of(), 0));
    }
}
