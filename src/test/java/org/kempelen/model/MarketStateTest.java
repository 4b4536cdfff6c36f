package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The struct-of-arrays codec behind saved states: what it saves, what it skips, and what it refuses. */
class MarketStateTest {
    static final class Counts {
        long total = 7;
        final int width = 3;
        transient int room = 99;
        double[] values = {1.5, 2.5, 0, 0};
    }

    static final class WithAList {
        int n;
        List<Integer> items = new ArrayList<>();
    }

    @Test
    void savesArraysUpToTheirUseAndNonFinalScalarsOnly() {
        List<String> names = new ArrayList<>();
        List<Object> arrays = new ArrayList<>();
        MarketState.Sink sink = (name, a, count) -> {
            names.add(name);
            Object part = java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), count);
            System.arraycopy(a, 0, part, 0, count);
            arrays.add(part);
        };
        Counts c = new Counts();
        // Two of four slots in use (capacity 4): the array is written to its used part.
        MarketState.struct("c.", c, 2, 4, sink);
        assertEquals(List.of("c.total", "c.values"), names, "final and transient fields are layout, not state");
        assertArrayEquals(new double[] {1.5, 2.5}, (double[]) arrays.get(1));
        Counts back = new Counts();
        back.total = 0;
        back.values = new double[4];
        int[] next = {0};
        MarketState.unstruct("c.", back, (name, type) -> {
            assertEquals(names.get(next[0]), name);
            return arrays.get(next[0]++);
        });
        assertEquals(7, back.total);
        assertArrayEquals(new double[] {1.5, 2.5, 0, 0}, back.values);
    }

    @Test
    void refusesAFieldItCouldNotSave() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MarketState.struct("w.", new WithAList(), 0, 0, (name, a, count) -> { }));
        assertTrue(e.getMessage().contains("WithAList.items"), e.getMessage());
    }
}
