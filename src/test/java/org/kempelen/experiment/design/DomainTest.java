package org.kempelen.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Domains: value mapping, types, and the messages for impossible settings. */
class DomainTest {
    private static String error(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void levelsPickByFloorOfUTimesN() {
        Domain d = Domain.Levels.of("low", "mid", "high");
        assertEquals("low", d.value(0.0));
        assertEquals("low", d.value(0.333));
        assertEquals("mid", d.value(0.334));
        assertEquals("high", d.value(0.999));
        assertEquals("high", d.value(1.0), "u = 1 maps to the last level");
    }

    @Test
    void levelsKeepStringsAndBooleansAsGiven() {
        Domain d = Domain.Levels.of(true, false);
        assertEquals(Boolean.TRUE, d.value(0.1));
        assertEquals(Boolean.FALSE, d.value(0.9));
        assertEquals(List.of(true, false), d.gridValues("x"));
        assertInstanceOf(String.class, Domain.Levels.of("a").value(0.5));
    }

    @Test
    void rangeMapsLinearlyAndKeepsDoubles() {
        Domain d = new Domain.Range(2, 4);
        assertEquals(2.0, d.value(0.0));
        assertEquals(3.0, d.value(0.5));
        assertEquals(4.0, d.value(1.0));
        assertInstanceOf(Double.class, d.value(0.3));
    }

    @Test
    void integerRangesGiveLongs() {
        Domain d = new Domain.Range(1, 10, true, 0);
        for (double u = 0; u <= 1.0; u += 0.01) {
            Object v = d.value(u);
            assertInstanceOf(Long.class, v);
            assertTrue((Long) v >= 1 && (Long) v <= 10);
        }
        assertEquals(1L, d.value(0.0));
        assertEquals(10L, d.value(1.0));
        assertEquals(List.of(1L, 4L, 7L, 10L), new Domain.Range(1, 10, true, 4).gridValues("n"));
    }

    @Test
    void integerRangeWithFractionalBoundsStaysInside() {
        Domain d = new Domain.Range(0.6, 3.4, true, 0);
        assertEquals(1L, d.value(0.0));
        assertEquals(3L, d.value(1.0));
    }

    @Test
    void gridStepsAreEvenlySpacedAndClean() {
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), new Domain.Range(0, 1, false, 5).gridValues("x"));
        assertEquals(List.of(0.0, 0.01, 0.02, 0.03, 0.04, 0.05), new Domain.Range(0, 0.05, false, 6).gridValues("x"));
        assertEquals(List.of(0.1, 0.2, 0.3), new Domain.Range(0.1, 0.3, false, 3).gridValues("x"));
    }

    @Test
    void impossibleSettingsAreRefusedWithTheSettingNamed() {
        assertTrue(error(() -> new Domain.Levels(List.of())).contains("empty"));
        assertTrue(error(() -> new Domain.Range(5, 3)).contains("min (5.0) is greater than max (3.0)"));
        assertTrue(error(() -> new Domain.Range(0, Double.NaN)).contains("finite"));
        assertTrue(error(() -> new Domain.Range(0, 1, false, -1)).contains("steps"));
        assertTrue(error(() -> new Domain.Range(0.2, 0.8, true, 0)).contains("no whole number"));
        assertTrue(error(() -> new Factor(" ", new Domain.Range(0, 1))).contains("path"));
        String steps = error(() -> new Domain.Range(0, 1).gridValues("platform.commission"));
        assertTrue(steps.contains("'platform.commission'") && steps.contains("steps >= 2"), steps);
        String few = error(() -> new Domain.Range(0, 3, true, 10).gridValues("n"));
        assertTrue(few.contains("only 4 whole numbers"), few);
        assertTrue(error(() -> new Domain.Range(0, 1).value(1.5)).contains("outside [0, 1]"));
    }
}
