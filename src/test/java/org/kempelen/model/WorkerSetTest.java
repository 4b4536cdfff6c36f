package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact sets and map the model keeps per campaign and requester agree with BitSet and HashMap under random use. */
class WorkerSetTest {
    @Test
    void workerSetBehavesAsABitSetSparseAndDense() {
        behavesAsABitSet(WorkerSet.COMPACT_ARRAY_MAX);
    }

    @Test
    void aSetLookedUpOftenBehavesAsABitSetToo() {
        behavesAsABitSet(WorkerSet.FAST_ARRAY_MAX);
        behavesAsABitSet(1);
    }

    private static void behavesAsABitSet(int arrayMax) {
        Random r = new Random(7);
        // Sparse over many chunks, then dense within a few (arrays turn into bitmaps past arrayMax members).
        for (int bound : new int[] {20_000_000, 3 << 16}) {
            WorkerSet set = new WorkerSet(arrayMax);
            BitSet expected = new BitSet();
            for (int i = 0; i < 60_000; i++) {
                int id = r.nextInt(bound);
                if (r.nextInt(4) == 0) {
                    assertEquals(expected.get(id), set.remove(id), "remove " + id);
                    expected.clear(id);
                } else {
                    assertEquals(!expected.get(id), set.add(id), "add " + id);
                    expected.set(id);
                }
                int probe = r.nextInt(bound);
                assertEquals(expected.get(probe), set.contains(probe), "contains " + probe);
            }
            assertEquals(expected.cardinality(), set.size());
            assertArrayEquals(expected.stream().toArray(), set.sortedArray());
            set.clear();
            assertEquals(0, set.size());
            assertEquals(0, set.sortedArray().length);
            assertEquals(false, set.contains(expected.nextSetBit(0)));
        }
    }

    @Test
    void intLongMapBehavesAsAHashMap() {
        Random r = new Random(11);
        IntLongMap map = new IntLongMap();
        Map<Integer, Long> expected = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            int key = r.nextInt(5_000);
            switch (r.nextInt(3)) {
                case 0 -> {
                    map.remove(key);
                    expected.remove(key);
                }
                default -> {
                    long v = r.nextLong();
                    map.put(key, v);
                    expected.put(key, v);
                }
            }
            int probe = r.nextInt(5_000);
            assertEquals(expected.getOrDefault(probe, 0L), map.get(probe), "get " + probe);
        }
        assertEquals(expected.size(), map.size());
        for (var e : expected.entrySet()) assertEquals(e.getValue(), map.get(e.getKey()));
    }
}
