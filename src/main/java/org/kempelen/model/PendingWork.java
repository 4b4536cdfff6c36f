package org.kempelen.model;

import java.util.ArrayDeque;

/**
 * Submitted tasks awaiting review, first in first out. All entries wait the same approval
 * delay, so submission order is release order. Primitive arrays in fixed-size blocks: no
 * allocation per task, and growing never copies (a doubling ring would need old and new arrays at
 * once, and up to twice the room it uses); emptied blocks are kept for reuse, so a steady
 * state allocates nothing.
 */
final class PendingWork {
    /** Entries per block. */
    static final int BLOCK = 1 << 14;
    /** Bytes an entry takes: worker, campaign reference, price, release day, country, the worker's minutes. */
    static final int BYTES_PER_ENTRY = 4 + 4 + 8 + 4 + 2 + 4;

    private static final class Block {
        final int[] worker = new int[BLOCK];
        final Campaign[] campaign = new Campaign[BLOCK];
        final long[] priceCents = new long[BLOCK];
        final int[] releaseDay = new int[BLOCK];
        final short[] country = new short[BLOCK];
        /** The task's time for the worker who did it (docs/ODD.md 7.4.2); a float, as the queue can be long. */
        final float[] minutes = new float[BLOCK];
    }

    private final ArrayDeque<Block> blocks = new ArrayDeque<>();
    private final ArrayDeque<Block> spare = new ArrayDeque<>();
    /** Index of the oldest entry in the first block, and of the next free slot in the last. */
    private int head;
    private int tail = BLOCK;
    int size;

    void add(int w, Campaign c, long cents, int release, int k, double minutes) {
        if (tail == BLOCK) {
            blocks.addLast(spare.isEmpty() ? new Block() : spare.pop());
            tail = 0;
        }
        Block b = blocks.peekLast();
        b.worker[tail] = w;
        b.campaign[tail] = c;
        b.priceCents[tail] = cents;
        b.releaseDay[tail] = release;
        b.country[tail] = (short) k;
        b.minutes[tail] = (float) minutes;
        tail++;
        size++;
    }

    /** Whether the oldest entry is due by {@code day}; it is then read with the head methods. */
    boolean headDue(int day) {
        return size > 0 && blocks.peekFirst().releaseDay[head] <= day;
    }

    int headWorker() {
        return blocks.peekFirst().worker[head];
    }

    Campaign headCampaign() {
        return blocks.peekFirst().campaign[head];
    }

    long headPriceCents() {
        return blocks.peekFirst().priceCents[head];
    }

    int headCountry() {
        return blocks.peekFirst().country[head];
    }

    double headMinutes() {
        return blocks.peekFirst().minutes[head];
    }

    void pop() {
        Block first = blocks.peekFirst();
        first.campaign[head] = null;
        head++;
        size--;
        if (head == BLOCK || size == 0) {
            blocks.removeFirst();
            spare.push(first);
            head = 0;
            if (size == 0) tail = BLOCK;
        }
    }
}
