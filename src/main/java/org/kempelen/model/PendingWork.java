package org.kempelen.model;

import java.util.Arrays;

/**
 * Submitted tasks awaiting review, first in first out. All entries wait the same approval
 * delay, so submission order is release order. Primitive arrays in a ring: no allocation per task.
 */
final class PendingWork {
    int[] worker = new int[1024];
    Campaign[] campaign = new Campaign[1024];
    long[] priceCents = new long[1024];
    int[] releaseDay = new int[1024];
    short[] country = new short[1024];
    private int head;
    int size;

    void add(int w, Campaign c, long cents, int release, int k) {
        if (size == worker.length) grow();
        int i = (head + size) % worker.length;
        worker[i] = w;
        campaign[i] = c;
        priceCents[i] = cents;
        releaseDay[i] = release;
        country[i] = (short) k;
        size++;
    }

    /** Index of the oldest entry, or -1 when empty or not due by {@code day}. */
    int peekDue(int day) {
        return size > 0 && releaseDay[head] <= day ? head : -1;
    }

    void pop() {
        campaign[head] = null;
        head = (head + 1) % worker.length;
        size--;
    }

    private void grow() {
        int n = worker.length * 2;
        int[] w2 = new int[n];
        Campaign[] c2 = new Campaign[n];
        long[] p2 = new long[n];
        int[] r2 = new int[n];
        short[] k2 = new short[n];
        for (int j = 0; j < size; j++) {
            int i = (head + j) % worker.length;
            w2[j] = worker[i];
            c2[j] = campaign[i];
            p2[j] = priceCents[i];
            r2[j] = releaseDay[i];
            k2[j] = country[i];
        }
        worker = w2;
        campaign = c2;
        priceCents = p2;
        releaseDay = r2;
        country = k2;
        head = 0;
        Arrays.fill(c2, size, n, null);
    }
}
