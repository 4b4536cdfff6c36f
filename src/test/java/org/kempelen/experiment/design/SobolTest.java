package org.kempelen.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Saltelli design and the Sobol analysis (Ishigami benchmark). */
class SobolTest {
    private static final double A = 7;
    private static final double B = 0.1;
    private static final List<Factor> ISHIGAMI = List.of(
            new Factor("x1", new Domain.Range(-Math.PI, Math.PI)),
            new Factor("x2", new Domain.Range(-Math.PI, Math.PI)),
            new Factor("x3", new Domain.Range(-Math.PI, Math.PI)));

    private static double ishigami(Map<String, Object> p) {
        double x1 = (Double) p.get("x1");
        double x2 = (Double) p.get("x2");
        double x3 = (Double) p.get("x3");
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static double[] run(Plan plan) {
        return plan.points().stream().mapToDouble(SobolTest::ishigami).toArray();
    }

    @Test
    void hasNTimesKPlus2PointsWithinBounds() {
        List<Factor> f = List.of(new Factor("a", new Domain.Range(2, 5)), new Factor("b", new Domain.Range(0, 10, true, 0)),
                new Factor("c", Domain.Levels.of("p", "q")), new Factor("d", new Domain.Range(-1, 0)));
        Plan plan = new SobolDesign(64).plan(f, 1);
        assertEquals("sobol", plan.design());
        assertEquals(64 * (4 + 2), plan.size());
        for (Map<String, Object> p : plan.points()) {
            double a = (Double) p.get("a");
            assertTrue(a >= 2 && a <= 5);
            long b = (Long) p.get("b");
            assertTrue(b >= 0 && b <= 10);
            assertTrue(p.get("c").equals("p") || p.get("c").equals("q"));
            double d = (Double) p.get("d");
            assertTrue(d >= -1 && d <= 0);
        }
        assertInstanceOf(Long.class, plan.point(5).get("b"));
    }

    @Test
    void abIIsAWithColumnIFromB() {
        int n = 32;
        Plan plan = new SobolDesign(n).plan(ISHIGAMI, 3);
        int k = ISHIGAMI.size();
        for (int j = 0; j < n; j++) {
            Map<String, Object> a = plan.point(j);
            Map<String, Object> b = plan.point(n + j);
            assertEquals(new Role.Sobol(Role.Matrix.A, -1, j), plan.role(j));
            assertEquals(new Role.Sobol(Role.Matrix.B, -1, j), plan.role(n + j));
            for (int i = 0; i < k; i++) {
                Map<String, Object> ab = plan.point((2 + i) * n + j);
                assertEquals(new Role.Sobol(Role.Matrix.AB, i, j), plan.role((2 + i) * n + j));
                assertEquals("AB" + (i + 1), plan.role((2 + i) * n + j).label());
                for (int c = 0; c < k; c++) {
                    String path = ISHIGAMI.get(c).path();
                    assertEquals(c == i ? b.get(path) : a.get(path), ab.get(path), "AB_" + i + " row " + j + " column " + c);
                }
            }
            assertNotEquals(a, b);
        }
    }

    @Test
    void skipsTheAllZeroPointAndTheShiftFollowsTheSeed() {
        List<Factor> unit = List.of(new Factor("u", new Domain.Range(0, 1)), new Factor("v", new Domain.Range(0, 1)));
        Plan plain = new SobolDesign(8, false).plan(unit, 1);
        // The unshifted 4-dimensional sequence after its first point starts at (0.5, 0.5, 0.5, 0.5).
        assertEquals(Map.of("u", 0.5, "v", 0.5), plain.point(0));
        assertEquals(plain, new SobolDesign(8, false).plan(unit, 2), "without a shift the seed is ignored");
        Plan shifted = new SobolDesign(8).plan(unit, 1);
        assertEquals(shifted, new SobolDesign(8).plan(unit, 1));
        assertNotEquals(shifted, new SobolDesign(8).plan(unit, 2));
        assertNotEquals(plain, shifted);
        // A digital shift permutes dyadic intervals: each half of [0, 1) still holds half of 8 points.
        long low = shifted.points().subList(0, 8).stream().filter(p -> (Double) p.get("u") < 0.5).count();
        assertTrue(low >= 3 && low <= 5, "low half count " + low);
    }

    @Test
    void ishigamiIndicesMatchTheAnalyticValues() {
        double v1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(Math.PI, 8) * 8 / 225;
        double v = v1 + v2 + v13;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        assertEquals(0.314, s1[0], 0.001);
        assertEquals(0.442, s1[1], 0.001);
        assertEquals(0.558, st[0], 0.001);
        assertEquals(0.244, st[2], 0.001);

        Plan plan = new SobolDesign(4096).plan(ISHIGAMI, 2024);
        List<SobolIndex> idx = SobolAnalysis.indices(plan, run(plan), 200, 7);
        assertEquals(3, idx.size());
        for (int i = 0; i < 3; i++) {
            SobolIndex s = idx.get(i);
            assertEquals("x" + (i + 1), s.factor());
            assertEquals(4096, s.n());
            assertEquals(s1[i], s.s1(), 0.05, "S1 of " + s.factor());
            assertEquals(st[i], s.st(), 0.05, "ST of " + s.factor());
            assertTrue(s.s1Low() < s.s1High() && s.stLow() < s.stHigh(), s.toString());
            assertTrue(s.s1Low() <= s.s1() && s.s1() <= s.s1High(), s.toString());
            assertTrue(s.stLow() <= s.st() && s.st() <= s.stHigh(), s.toString());
            assertTrue(s.s1High() - s.s1Low() < 0.2 && s.stHigh() - s.stLow() < 0.2, "narrow intervals " + s);
        }
    }

    @Test
    void analysisIsDeterministicAndWithoutBootstrapGivesNaNBounds() {
        Plan plan = new SobolDesign(256).plan(ISHIGAMI, 1);
        double[] y = run(plan);
        assertEquals(SobolAnalysis.indices(plan, y, 50, 3), SobolAnalysis.indices(plan, y, 50, 3));
        SobolIndex s = SobolAnalysis.indices(plan, y, 0, 3).get(0);
        assertTrue(Double.isNaN(s.s1Low()) && Double.isNaN(s.stHigh()));
        assertTrue(Double.isFinite(s.s1()) && Double.isFinite(s.st()));
    }

    @Test
    void nanOutputsDropTheirBaseRowOnlyForTheFactorsTheyTouch() {
        int n = 256;
        Plan plan = new SobolDesign(n).plan(ISHIGAMI, 1);
        double[] y = run(plan);
        y[3] = Double.NaN;                 // A row 3: dropped for every factor
        y[n + 10] = Double.NaN;            // B row 10: dropped for every factor
        y[(2 + 1) * n + 20] = Double.NaN;  // AB_2 row 20: dropped for x2 only
        List<SobolIndex> idx = SobolAnalysis.indices(plan, y, 20, 1);
        assertEquals(n - 2, idx.get(0).n());
        assertEquals(n - 3, idx.get(1).n());
        assertEquals(n - 2, idx.get(2).n());
        assertTrue(idx.stream().allMatch(s -> Double.isFinite(s.s1()) && Double.isFinite(s.stLow())));

        double[] dropped = run(plan);
        dropped[3] = Double.NaN;
        dropped[n + 10] = Double.NaN;
        assertEquals(idx.get(0), SobolAnalysis.indices(plan, dropped, 20, 1).get(0), "a NaN in AB_2 does not touch x1");
    }

    @Test
    void aConstantOutputGivesNaNIndices() {
        Plan plan = new SobolDesign(16).plan(ISHIGAMI, 1);
        double[] y = new double[plan.size()];
        Arrays.fill(y, 3.0);
        SobolIndex s = SobolAnalysis.indices(plan, y, 10, 1).get(0);
        assertTrue(Double.isNaN(s.s1()) && Double.isNaN(s.st()));
    }

    @Test
    void refusesOtherPlansAndBadOutputs() {
        Plan grid = new GridDesign().plan(List.of(new Factor("a", Domain.Levels.of(1, 2))), 0);
        String m = assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.indices(grid, new double[2], 10, 0))
                .getMessage();
        assertTrue(m.contains("sobol design") && m.contains("'grid'"), m);
        Plan morris = new MorrisDesign(2, 4).plan(ISHIGAMI, 0);
        assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.indices(morris, new double[morris.size()], 10, 0));

        Plan plan = new SobolDesign(8).plan(ISHIGAMI, 1);
        m = assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.indices(plan, new double[3], 10, 0)).getMessage();
        assertTrue(m.contains("3 outputs") && m.contains("40 points"), m);
        double[] y = new double[plan.size()];
        y[5] = Double.POSITIVE_INFINITY;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.indices(plan, y, 10, 0))
                .getMessage().contains("infinite"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.indices(plan, new double[40], -1, 0))
                .getMessage().contains("bootstrap"));
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SobolDesign(0)).getMessage().contains("base samples"));
        assertThrows(IllegalArgumentException.class, () -> new SobolDesign(8).plan(List.of(), 0));
    }
}
