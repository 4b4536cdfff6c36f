package org.kempelen.model;

import java.util.Arrays;

/**
 * Contributors of a work round's personal-data items, queued by the in-order commit and added to
 * their campaigns' sets afterwards, in parallel but not while any worker decides (deciding reads
 * the sets): the queue is split into parts by campaign id, and each part is added by one task, so
 * no two threads touch the same campaign's set. A set's members do not depend on the order they
 * came in, so neither do the results. Allocates only when a part grows.
 */
final class ContributorQueue {
    private final int[][] workers;
    private final Campaign[][] campaigns;
    private final int[] counts;

    ContributorQueue(int parts) {
        workers = new int[parts][16];
        campaigns = new Campaign[parts][16];
        counts = new int[parts];
    }

    int parts() {
        return counts.length;
    }

    void add(int worker, Campaign c) {
        int part = c.id % counts.length;
        int n = counts[part];
        if (n == workers[part].length) {
            workers[part] = Arrays.copyOf(workers[part], 2 * n);
            campaigns[part] = Arrays.copyOf(campaigns[part], 2 * n);
        }
        workers[part][n] = worker;
        campaigns[part][n] = c;
        counts[part] = n + 1;
    }

    /** Adds part {@code part}'s contributors to their campaigns and empties the part. */
    void addToCampaigns(int part) {
        int[] w = workers[part];
        Campaign[] c = campaigns[part];
        for (int i = 0, n = counts[part]; i < n; i++) {
            c[i].addContributor(w[i]);
            c[i] = null;
        }
        counts[part] = 0;
    }
}
