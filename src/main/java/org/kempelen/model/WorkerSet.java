package org.kempelen.model;

import java.util.Arrays;

/**
 * A set of worker ids, compact whether sparse or dense: ids are split by their high 16 bits into
 * chunks, each a sorted array of the low 16 bits (2 bytes a member) or, once that would take more
 * room than a bitmap up to the chunk's highest member, a bitmap (as in Roaring bitmaps).
 * Campaigns and requesters each keep such sets of the workers they dealt with; with demand scaled
 * to the population there are thousands of them, and a bit set sized by the highest worker id
 * (population / 8 bytes each) would grow with the square of the population. Allocates only when
 * it grows.
 * <p>A set looked up for most offers shown (a requester's qualified workers) is better a bitmap
 * sooner: a lookup is then one read, where a binary search of a few thousand members reads up
 * to a dozen cache lines. Such sets are few (one per requester), so their room hardly matters.
 */
final class WorkerSet {
    /** Members of an array chunk at most for the most compact set: its bitmap (65,536 bits) is no larger. */
    static final int COMPACT_ARRAY_MAX = 4096;
    /** Members of an array chunk at most for a set looked up often: a quarter of the bitmap's room. */
    static final int FAST_ARRAY_MAX = 1024;
    private static final char[] NO_MEMBERS = new char[0];

    /** Members of an array chunk at most: beyond it the chunk becomes a bitmap. */
    private final int arrayMax;

    /** Per chunk: sorted low bits, or null when the chunk is a bitmap or empty. */
    private char[][] arrays = new char[0][];
    /** Per chunk: the bitmap, or null. */
    private long[][] bitmaps = new long[0][];
    /** Members per chunk. */
    private int[] counts = new int[0];
    private int size;

    /** The most compact set: a chunk becomes a bitmap only when the bitmap takes no more room. */
    WorkerSet() {
        this(COMPACT_ARRAY_MAX);
    }

    /** A set whose chunks become bitmaps beyond {@code arrayMax} members (at most {@link #COMPACT_ARRAY_MAX}). */
    WorkerSet(int arrayMax) {
        if (arrayMax < 1 || arrayMax > COMPACT_ARRAY_MAX) throw new IllegalArgumentException("arrayMax " + arrayMax + " not in 1.." + COMPACT_ARRAY_MAX);
        this.arrayMax = arrayMax;
    }

    int size() {
        return size;
    }

    boolean contains(int id) {
        int c = id >>> 16;
        if (c >= counts.length || counts[c] == 0) return false;
        int low = id & 0xFFFF;
        long[] bits = bitmaps[c];
        if (bits != null) return low >>> 6 < bits.length && (bits[low >>> 6] & 1L << low) != 0;
        return Arrays.binarySearch(arrays[c], 0, counts[c], (char) low) >= 0;
    }

    /** Adds id (>= 0); returns false if it was there. */
    boolean add(int id) {
        if (id < 0) throw new IllegalArgumentException("negative worker id " + id);
        int c = id >>> 16;
        if (c >= counts.length) {
            int n = Math.max(c + 1, counts.length + (counts.length >> 1));
            arrays = Arrays.copyOf(arrays, n);
            bitmaps = Arrays.copyOf(bitmaps, n);
            counts = Arrays.copyOf(counts, n);
        }
        int low = id & 0xFFFF;
        if (bitmaps[c] != null) {
            long[] bits = bitmaps[c];
            int word = low >>> 6;
            if (word >= bits.length) bits = bitmaps[c] = Arrays.copyOf(bits, Math.min(1 << 10, Math.max(word + 1, bits.length + (bits.length >> 1))));
            long mask = 1L << low;
            if ((bits[word] & mask) != 0) return false;
            bits[word] |= mask;
        } else {
            char[] a = arrays[c] == null ? NO_MEMBERS : arrays[c];
            int n = counts[c];
            int at = Arrays.binarySearch(a, 0, n, (char) low);
            if (at >= 0) return false;
            at = -1 - at;
            if (n == a.length) {
                int grown = Math.min(arrayMax, Math.max(4, 2 * n));
                int highest = Math.max(low, n == 0 ? 0 : a[n - 1]);
                // A bitmap up to the highest member is no larger than the grown array: dense, so a bitmap.
                if (n == arrayMax || ((highest >>> 6) + 1) * 8 <= grown * 2) {
                    toBitmap(c, highest);
                    return add(id);
                }
                a = arrays[c] = Arrays.copyOf(a, grown);
            }
            System.arraycopy(a, at, a, at + 1, n - at);
            a[at] = (char) low;
        }
        counts[c]++;
        size++;
        return true;
    }

    /** Removes id; returns false if it was not there. */
    boolean remove(int id) {
        if (!contains(id)) return false;
        int c = id >>> 16;
        int low = id & 0xFFFF;
        if (bitmaps[c] != null) {
            bitmaps[c][low >>> 6] &= ~(1L << low);
        } else {
            char[] a = arrays[c];
            int at = Arrays.binarySearch(a, 0, counts[c], (char) low);
            System.arraycopy(a, at + 1, a, at, counts[c] - at - 1);
        }
        counts[c]--;
        size--;
        return true;
    }

    /** Empties the set, keeping the chunks' storage for reuse. */
    void clear() {
        if (size == 0) return;
        for (int c = 0; c < counts.length; c++) {
            if (bitmaps[c] != null && counts[c] > 0) Arrays.fill(bitmaps[c], 0);
            counts[c] = 0;
        }
        size = 0;
    }

    /** The members in increasing order. */
    int[] sortedArray() {
        int[] out = new int[size];
        int n = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) continue;
            int high = c << 16;
            long[] bits = bitmaps[c];
            if (bits != null) {
                for (int i = 0; i < bits.length; i++) {
                    for (long b = bits[i]; b != 0; b &= b - 1) out[n++] = high | i << 6 | Long.numberOfTrailingZeros(b);
                }
            } else {
                for (int i = 0; i < counts[c]; i++) out[n++] = high | arrays[c][i];
            }
        }
        return out;
    }

    private void toBitmap(int c, int highest) {
        long[] bits = new long[(highest >>> 6) + 1];
        for (int i = 0; i < counts[c]; i++) {
            int low = arrays[c][i];
            bits[low >>> 6] |= 1L << low;
        }
        bitmaps[c] = bits;
        arrays[c] = null;
    }
}
