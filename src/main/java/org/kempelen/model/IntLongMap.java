package org.kempelen.model;

import java.util.Arrays;

/**
 * Non-negative int keys (worker ids) to long values, 0 for absent keys, by open addressing with
 * linear probing: sized by its entries, not by the highest id. Removal shifts entries back, so
 * no tombstones accumulate. Allocates only when it grows.
 */
final class IntLongMap {
    private static final int EMPTY = -1;
    /** Bytes per entry at the lowest load (a quarter full, just after growing): four slots of an int key and a long value. */
    static final int MAX_BYTES_PER_ENTRY = 4 * 12;
    private int[] keys = emptyKeys(8);
    private long[] values = new long[8];
    private int size;

    private static int[] emptyKeys(int n) {
        int[] k = new int[n];
        Arrays.fill(k, EMPTY);
        return k;
    }

    /** Saved as it is laid out, so that a restored map probes exactly as this one does. */
    void save(String prefix, MarketState.Sink out) {
        out.put(prefix + "keys", keys);
        out.put(prefix + "values", values);
        out.put(prefix + "size", new int[] {size});
    }

    void restore(String prefix, MarketState.Source in) {
        int[] k = (int[]) in.take(prefix + "keys", int.class);
        long[] v = (long[]) in.take(prefix + "values", long.class);
        int n = ((int[]) in.take(prefix + "size", int.class))[0];
        if (k.length != v.length || Integer.bitCount(k.length) != 1 || n < 0 || n >= k.length) {
            throw new IllegalStateException(prefix + " is not a map: " + k.length + " keys, " + v.length + " values, size " + n);
        }
        keys = k;
        values = v;
        size = n;
    }

    int size() {
        return size;
    }

    long get(int key) {
        int i = slot(key);
        return i < 0 ? 0 : values[i];
    }

    void put(int key, long value) {
        if (key < 0) throw new IllegalArgumentException("negative key " + key);
        int i = slot(key);
        if (i < 0) {
            // At most half full, so that probe runs stay short.
            if (2 * (size + 1) > keys.length) rehash(keys.length * 2);
            int mask = keys.length - 1;
            i = home(key, mask);
            while (keys[i] != EMPTY) i = (i + 1) & mask;
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    void remove(int key) {
        int i = slot(key);
        if (i < 0) return;
        int mask = keys.length - 1;
        // Backward-shift deletion: move later entries of the probe run into the gap where their home allows it.
        for (int j = (i + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
            if (((j - home(keys[j], mask)) & mask) >= ((j - i) & mask)) {
                keys[i] = keys[j];
                values[i] = values[j];
                i = j;
            }
        }
        keys[i] = EMPTY;
        values[i] = 0;
        size--;
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        for (int i = home(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) return i;
            if (keys[i] == EMPTY) return -1;
        }
    }

    private static int home(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }

    private void rehash(int capacity) {
        int[] oldKeys = keys;
        long[] oldValues = values;
        keys = emptyKeys(capacity);
        values = new long[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == EMPTY) continue;
            int i = home(oldKeys[j], mask);
            while (keys[i] != EMPTY) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
        }
    }
}
