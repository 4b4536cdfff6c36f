package org.kempelen.model;

import java.util.ArrayDeque;

/**
 * Submitted tasks of one group of workers awaiting review, first in first out. All entries wait
 * the same approval delay, so submission order is release order. A platform keeps
 * {@link #GROUPS} of these, one per group of worker ids ({@link #group}), so that review runs
 * in parallel by group: each worker's tasks are in one queue, in the order submitted, and no two
 * threads touch one worker (docs/ODD.md 9). Primitive arrays in fixed-size blocks: no
 * allocation per task, and growing never copies (a doubling ring would need old and new arrays at
 * once, and up to twice the room it uses); emptied blocks are kept for reuse, so a steady
 * state allocates nothing.
 */
final class PendingWork {
    /** Queues per platform: worker groups reviewed in parallel. Fixed, so that results do not depend on the threads. */
    static final int GROUPS = 8;
    /** Entries per block. */
    static final int BLOCK = 1 << 12;
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

    /** A platform's queues, one per group. */
    static PendingWork[] groups() {
        PendingWork[] g = new PendingWork[GROUPS];
        for (int i = 0; i < GROUPS; i++) g[i] = new PendingWork();
        return g;
    }

    /**
     * The group of worker w: runs of 1,024 consecutive ids, dealt round-robin, so that the groups
     * are alike in size and two threads rarely share a cache line of a per-worker array.
     */
    static int group(int w) {
        return (w >>> 10) & (GROUPS - 1);
    }

    static int size(PendingWork[] groups) {
        int n = 0;
        for (PendingWork p : groups) n += p.size;
        return n;
    }

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

    /**
     * The entries of a platform's queues as columns (campaigns by id): group by group, oldest
     * first in each. Restoring deals them to their groups again, so each queue's order survives.
     */
    static void save(PendingWork[] groups, String prefix, MarketState.Sink out) {
        int size = size(groups);
        int[] worker = new int[size], campaign = new int[size], release = new int[size];
        long[] cents = new long[size];
        short[] country = new short[size];
        float[] minutes = new float[size];
        int i = 0;
        for (PendingWork q : groups) {
            int at = q.head, before = i;
            for (Block b : q.blocks) {
                int end = b == q.blocks.peekLast() ? q.tail : BLOCK;
                for (; at < end; at++, i++) {
                    worker[i] = b.worker[at];
                    campaign[i] = b.campaign[at].id;
                    release[i] = b.releaseDay[at];
                    cents[i] = b.priceCents[at];
                    country[i] = b.country[at];
                    minutes[i] = b.minutes[at];
                }
                at = 0;
            }
            if (i - before != q.size) throw new IllegalStateException("pending work holds " + (i - before) + " entries, counted " + q.size);
        }
        out.put(prefix + "worker", worker);
        out.put(prefix + "campaign", campaign);
        out.put(prefix + "release", release);
        out.put(prefix + "cents", cents);
        out.put(prefix + "country", country);
        out.put(prefix + "minutes", minutes);
    }

    static void restore(PendingWork[] groups, String prefix, MarketState.Source in, java.util.Map<Integer, Campaign> byId) {
        int[] worker = (int[]) in.take(prefix + "worker", int.class);
        int[] campaign = (int[]) in.take(prefix + "campaign", int.class);
        int[] release = (int[]) in.take(prefix + "release", int.class);
        long[] cents = (long[]) in.take(prefix + "cents", long.class);
        short[] country = (short[]) in.take(prefix + "country", short.class);
        float[] minutes = (float[]) in.take(prefix + "minutes", float.class);
        int n = worker.length;
        if (campaign.length != n || release.length != n || cents.length != n || country.length != n || minutes.length != n) {
            throw new IllegalStateException(prefix + " columns do not agree in length");
        }
        for (PendingWork q : groups) {
            while (q.size > 0) q.pop();
        }
        for (int i = 0; i < n; i++) {
            if (worker[i] < 0) throw new IllegalStateException(prefix + "worker holds a negative id at entry " + i);
            groups[group(worker[i])].add(worker[i], MarketState.campaign(byId, campaign[i], prefix), cents[i], release[i], country[i], minutes[i]);
        }
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
