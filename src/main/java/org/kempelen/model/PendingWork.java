package org.kempelen.model;

import java.util.ArrayDeque;

/**
 * Submitted tasks awaiting review, first in first out. All entries wait the same approval delay,
 * so submission order is release order. A platform keeps {@link #QUEUES} of these, one per work
 * block and group of worker ids ({@link #queue}): a work block's tasks are queued by the thread
 * that folds the block, in position order, and review runs in parallel by group, each group
 * reading its queues in block order, so no two threads touch one queue or one worker and a
 * worker's tasks of a day are reviewed in the order submitted (docs/ODD.md 9). Primitive arrays
 * in fixed-size blocks: no allocation per task, and growing never copies (a doubling ring would
 * need old and new arrays at once, and up to twice the room it uses); emptied blocks are kept for
 * reuse, so a steady state allocates nothing.
 */
final class PendingWork {
    /** Worker groups reviewed in parallel. Fixed, so that results do not depend on the threads. */
    static final int GROUPS = 8;
    /** Queues per platform: one per work block and worker group. */
    static final int QUEUES = WorkPhase.BLOCKS * GROUPS;
    /** Entries per block. */
    static final int BLOCK = 1 << 10;
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

    /** A platform's queues. */
    static PendingWork[] queues() {
        PendingWork[] q = new PendingWork[QUEUES];
        for (int i = 0; i < QUEUES; i++) q[i] = new PendingWork();
        return q;
    }

    /** The queue of worker w's tasks handed in by work block b (auction awards: block 0). */
    static int queue(int block, int w) {
        return groupQueue(block, group(w));
    }

    /** The queue of worker group g's tasks handed in by work block b. */
    static int groupQueue(int block, int g) {
        return block * GROUPS + g;
    }

    /** Consecutive worker ids in a run of one group. */
    static final int RUN = 1 << 10;

    /**
     * The group of worker w: runs of {@link #RUN} consecutive ids, dealt round-robin, so that the
     * groups are alike in size and two threads rarely share a cache line of a per-worker array.
     */
    static int group(int w) {
        return (w / RUN) % GROUPS;
    }

    /** Entries in all of a platform's queues. */
    static int size(PendingWork[] queues) {
        int n = 0;
        for (PendingWork p : queues) n += p.size;
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
     * The entries of a platform's queues as columns (campaigns by id), queue by queue, oldest
     * first in each, and each queue's length.
     */
    static void save(PendingWork[] queues, String prefix, MarketState.Sink out) {
        int size = size(queues);
        int[] lengths = new int[queues.length];
        for (int q = 0; q < queues.length; q++) lengths[q] = queues[q].size;
        int[] worker = new int[size], campaign = new int[size], release = new int[size];
        long[] cents = new long[size];
        short[] country = new short[size];
        float[] minutes = new float[size];
        int i = 0;
        for (PendingWork q : queues) {
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
        out.put(prefix + "queueLengths", lengths);
        out.put(prefix + "worker", worker);
        out.put(prefix + "campaign", campaign);
        out.put(prefix + "release", release);
        out.put(prefix + "cents", cents);
        out.put(prefix + "country", country);
        out.put(prefix + "minutes", minutes);
    }

    static void restore(PendingWork[] queues, String prefix, MarketState.Source in, java.util.Map<Integer, Campaign> byId) {
        int[] lengths = new int[queues.length];
        MarketState.copy(in, prefix + "queueLengths", lengths);
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
        for (PendingWork q : queues) {
            while (q.size > 0) q.pop();
        }
        long total = 0;
        for (int length : lengths) {
            if (length < 0) throw new IllegalStateException(prefix + "queueLengths holds a negative length");
            total += length;
        }
        if (total != n) throw new IllegalStateException(prefix + "queueLengths add up to " + total + ", not the " + n + " entries");
        int i = 0;
        for (int q = 0; q < queues.length; q++) {
            for (int end = i + lengths[q]; i < end; i++) {
                queues[q].add(worker[i], MarketState.campaign(byId, campaign[i], prefix), cents[i], release[i], country[i], minutes[i]);
            }
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
