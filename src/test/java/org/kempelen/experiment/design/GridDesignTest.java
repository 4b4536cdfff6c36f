package org.kempelen.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridDesignTest {
    private static final List<Factor> FACTORS = List.of(
            new Factor("a", Domain.Levels.of("x", "y")),
            new Factor("b", new Domain.Range(0, 1, false, 3)),
            new Factor("c", Domain.Levels.of(true, false)));

    @Test
    void sizeIsTheProductOfLevelCounts() {
        Plan plan = new GridDesign().plan(FACTORS, 1);
        assertEquals(2 * 3 * 2, plan.size());
        assertEquals("grid", plan.design());
        assertEquals(plan.size(), plan.points().stream().distinct().count(), "every combination once");
        assertTrue(plan.roles().stream().allMatch(r -> r instanceof Role.Sample));
    }

    @Test
    void lastFactorVariesFastest() {
        List<Map<String, Object>> p = new GridDesign().plan(FACTORS, 1).points();
        assertEquals(Map.of("a", "x", "b", 0.0, "c", true), p.get(0));
        assertEquals(Map.of("a", "x", "b", 0.0, "c", false), p.get(1));
        assertEquals(Map.of("a", "x", "b", 0.5, "c", true), p.get(2));
        assertEquals(Map.of("a", "x", "b", 1.0, "c", false), p.get(5));
        assertEquals(Map.of("a", "y", "b", 0.0, "c", true), p.get(6));
        assertEquals(Map.of("a", "y", "b", 1.0, "c", false), p.get(11));
        assertEquals(List.of("a", "b", "c"), List.copyOf(p.get(7).keySet()), "points iterate in factor order");
    }

    @Test
    void rangeStepsAreEvenlySpacedFromMinToMax() {
        Plan plan = new GridDesign().plan(List.of(new Factor("r", new Domain.Range(-1, 2, false, 4))), 0);
        assertEquals(List.of(-1.0, 0.0, 1.0, 2.0), plan.points().stream().map(m -> m.get("r")).toList());
        Plan ints = new GridDesign().plan(List.of(new Factor("n", new Domain.Range(10, 50, true, 5))), 0);
        assertEquals(List.of(10L, 20L, 30L, 40L, 50L), ints.points().stream().map(m -> m.get("n")).toList());
    }

    @Test
    void ignoresTheSeed() {
        assertEquals(new GridDesign().plan(FACTORS, 1), new GridDesign().plan(FACTORS, 2));
    }

    @Test
    void aRangeWithoutStepsIsRefusedNamingTheFactor() {
        List<Factor> f = List.of(new Factor("platform.commission", new Domain.Range(0, 0.3)));
        String m = assertThrows(IllegalArgumentException.class, () -> new GridDesign().plan(f, 0)).getMessage();
        assertTrue(m.contains("'platform.commission'") && m.contains("steps"), m);
    }

    @Test
    void noFactorsDuplicatesAndHugeGridsAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new GridDesign().plan(List.of(), 0))
                .getMessage().contains("no factors"));
        Factor a = new Factor("a", Domain.Levels.of(1, 2));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new GridDesign().plan(List.of(a, a), 0))
                .getMessage().contains("more than once"));
        Domain big = new Domain.Range(0, 1, false, 1000);
        List<Factor> huge = List.of(new Factor("a", big), new Factor("b", big), new Factor("c", big));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new GridDesign().plan(huge, 0))
                .getMessage().contains("limit"));
    }
}
