package org.kempelen.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Morris trajectories and elementary effects. */
class MorrisTest {
    private static final List<Factor> UNIT = List.of(
            new Factor("x1", new Domain.Range(0, 1)),
            new Factor("x2", new Domain.Range(0, 1)),
            new Factor("x3", new Domain.Range(0, 1)));

    private static double f(Map<String, Object> p) {
        double x1 = (Double) p.get("x1");
        double x2 = (Double) p.get("x2");
        double x3 = (Double) p.get("x3");
        return 5 * x1 + 0 * x2 + x3 * x3;
    }

    @Test
    void trajectoriesChangeOneFactorAtATimeByDelta() {
        int r = 20;
        int p = 6;
        MorrisDesign design = new MorrisDesign(r, p);
        double delta = design.delta();
        assertEquals(6.0 / 10.0, delta, 1e-15);
        List<Factor> f = List.of(new Factor("a", new Domain.Range(0, 1)), new Factor("b", new Domain.Range(0, 1)),
                new Factor("c", new Domain.Range(0, 1)), new Factor("d", new Domain.Range(0, 1)));
        int k = f.size();
        Plan plan = design.plan(f, 5);
        assertEquals("morris", plan.design());
        assertEquals(r * (k + 1), plan.size());
        for (int t = 0; t < r; t++) {
            Set<Integer> changed = new HashSet<>();
            assertEquals(new Role.Morris(t, 0, -1, 0.0), plan.role(t * (k + 1)));
            for (int s = 1; s <= k; s++) {
                int j = t * (k + 1) + s;
                Role.Morris role = (Role.Morris) plan.role(j);
                assertEquals(t, role.trajectory());
                assertEquals(s, role.step());
                changed.add(role.factor());
                int differing = 0;
                for (int i = 0; i < k; i++) {
                    double before = (Double) plan.point(j - 1).get(f.get(i).path());
                    double after = (Double) plan.point(j).get(f.get(i).path());
                    if (before != after) {
                        differing++;
                        assertEquals(role.factor(), i, "the changed factor is the one the role names");
                        assertEquals(role.delta(), after - before, 1e-12, "signed delta");
                        assertEquals(delta, Math.abs(after - before), 1e-12);
                    }
                }
                assertEquals(1, differing, "trajectory " + t + " step " + s);
            }
            assertEquals(k, changed.size(), "every factor changes once per trajectory");
        }
        for (Map<String, Object> point : plan.points()) {
            for (Object v : point.values()) {
                double level = (Double) v * (p - 1);
                assertEquals(Math.rint(level), level, 1e-9, "on the p-level grid");
            }
        }
    }

    @Test
    void deterministicForASeedAndDifferentForAnother() {
        Plan plan = new MorrisDesign(5, 4).plan(UNIT, 1);
        assertEquals(plan, new MorrisDesign(5, 4).plan(UNIT, 1));
        assertNotEquals(plan, new MorrisDesign(5, 4).plan(UNIT, 2));
    }

    @Test
    void startLevelsCoverTheWholeGrid() {
        Plan plan = new MorrisDesign(400, 4).plan(UNIT, 3);
        int[] count = new int[4];
        for (Map<String, Object> point : plan.points()) {
            count[(int) Math.rint((Double) point.get("x1") * 3)]++;
        }
        for (int c : count) {
            assertEquals(plan.size() / 4.0, c, plan.size() * 0.05);
        }
    }

    @Test
    void rankingOfMuStarOnALinearPlusQuadraticFunction() {
        Plan plan = new MorrisDesign(30, 4).plan(UNIT, 11);
        double[] y = plan.points().stream().mapToDouble(MorrisTest::f).toArray();
        List<MorrisEffect> e = MorrisAnalysis.effects(plan, y);
        MorrisEffect x1 = e.get(0);
        MorrisEffect x2 = e.get(1);
        MorrisEffect x3 = e.get(2);
        assertEquals(List.of("x1", "x2", "x3"), e.stream().map(MorrisEffect::factor).toList());
        assertEquals(30, x1.r());
        assertEquals(5.0, x1.muStar(), 1e-9, "linear factor: every effect is its slope");
        assertEquals(5.0, x1.mu(), 1e-9);
        assertEquals(0.0, x1.sigma(), 1e-9, "linear factor: no spread");
        assertEquals(0.0, x2.muStar(), 1e-12);
        assertTrue(x1.muStar() > x3.muStar() && x3.muStar() > x2.muStar() + 0.5, e.toString());
        assertTrue(x3.sigma() > 0.1, "the quadratic factor's effects vary: " + x3);
    }

    @Test
    void effectsAreOnTheUnitScale() {
        // y = 5 * x on [10, 30]: the effect per whole range is 5 * 20 = 100.
        List<Factor> f = List.of(new Factor("x", new Domain.Range(10, 30)), new Factor("z", new Domain.Range(0, 1)));
        Plan plan = new MorrisDesign(4, 4).plan(f, 2);
        double[] y = plan.points().stream().mapToDouble(p -> 5 * (Double) p.get("x")).toArray();
        assertEquals(100.0, MorrisAnalysis.effects(plan, y).get(0).mu(), 1e-9);
    }

    @Test
    void nanOutputsDropTheirEffects() {
        Plan plan = new MorrisDesign(10, 4).plan(UNIT, 11);
        double[] y = plan.points().stream().mapToDouble(MorrisTest::f).toArray();
        y[4 + 2] = Double.NaN;   // trajectory 2, step 2: drops the effects of steps 2 and 3
        List<MorrisEffect> e = MorrisAnalysis.effects(plan, y);
        assertEquals(10 * 3 - 2, e.stream().mapToInt(MorrisEffect::r).sum());
    }

    @Test
    void refusesOtherPlansAndImpossibleSettings() {
        Plan sobol = new SobolDesign(4).plan(UNIT, 0);
        String m = assertThrows(IllegalArgumentException.class,
                () -> MorrisAnalysis.effects(sobol, new double[sobol.size()])).getMessage();
        assertTrue(m.contains("morris design") && m.contains("'sobol'"), m);
        m = assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(5, 5)).getMessage();
        assertTrue(m.contains("levels") && m.contains("even"), m);
        assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(5, 2));
        m = assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(0, 4)).getMessage();
        assertTrue(m.contains("trajectories"), m);
        Plan plan = new MorrisDesign(2, 4).plan(UNIT, 0);
        assertThrows(IllegalArgumentException.class, () -> MorrisAnalysis.effects(plan, new double[3]));
    }
}
