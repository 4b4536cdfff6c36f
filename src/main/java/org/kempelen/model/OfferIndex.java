package org.kempelen.model;

import java.util.Arrays;

/**
 * Today's offers per country, weighted by the quota each campaign still wants from it, for
 * drawing without replacement within a visit: a Fenwick tree per country gives draws and
 * removals in O(log n); after the visit, the touched tree nodes are restored exactly from a
 * pristine copy, so no rounding accumulates over the day. Allocates only when it grows.
 */
final class OfferIndex {
    private Campaign[][] campaigns;
    private double[][] weight;
    private double[][] tree;
    private double[][] pristine;
    private final int[] count;
    private int[] removed = new int[16];
    private int removedCount;
    private int visitCountry = -1;

    OfferIndex(int countries) {
        campaigns = new Campaign[countries][16];
        weight = new double[countries][16];
        tree = new double[countries][17];
        pristine = new double[countries][17];
        count = new int[countries];
    }

    void clear() {
        Arrays.fill(count, 0);
    }

    void add(int k, Campaign c, double w) {
        int j = count[k];
        if (j == campaigns[k].length) {
            campaigns[k] = Arrays.copyOf(campaigns[k], j * 2);
            weight[k] = Arrays.copyOf(weight[k], j * 2);
            tree[k] = new double[j * 2 + 1];
            pristine[k] = new double[j * 2 + 1];
        }
        campaigns[k][j] = c;
        weight[k][j] = w;
        count[k] = j + 1;
    }

    /** Builds the trees once all offers are added. */
    void build() {
        for (int k = 0; k < count.length; k++) {
            int n = count[k];
            double[] t = tree[k];
            Arrays.fill(t, 0, n + 1, 0);
            for (int i = 1; i <= n; i++) {
                t[i] += weight[k][i - 1];
                int parent = i + (i & -i);
                if (parent <= n) t[parent] += t[i];
            }
            System.arraycopy(t, 0, pristine[k], 0, n + 1);
        }
    }

    int count(int k) {
        return count[k];
    }

    Campaign campaign(int k, int slot) {
        return campaigns[k][slot];
    }

    /** A slot drawn with probability proportional to its weight among those not removed in this visit; -1 when none is left. */
    int draw(int k, double u01) {
        int n = count[k];
        double[] t = tree[k];
        double total = 0;
        for (int i = n; i > 0; i -= i & -i) total += t[i];
        // Removed slots leave rounding dust of the order of 1e-12 of the total weight.
        if (total <= 1e-9) return -1;
        double u = u01 * total;
        int pos = 0;
        for (int step = Integer.highestOneBit(n); step > 0; step >>= 1) {
            int next = pos + step;
            if (next <= n && t[next] <= u) {
                pos = next;
                u -= t[next];
            }
        }
        // pos is the number of slots whose cumulative weight is <= u; skip any removed slot rounding landed on.
        while (pos < n && isRemoved(k, pos)) pos++;
        return pos < n ? pos : -1;
    }

    /** Takes a slot out of the draws for the rest of this visit. */
    void remove(int k, int slot) {
        visitCountry = k;
        if (removedCount == removed.length) removed = Arrays.copyOf(removed, removed.length * 2);
        removed[removedCount++] = slot;
        double w = weight[k][slot];
        double[] t = tree[k];
        for (int i = slot + 1; i <= count[k]; i += i & -i) t[i] -= w;
    }

    private boolean isRemoved(int k, int slot) {
        if (k != visitCountry) return false;
        for (int i = 0; i < removedCount; i++) if (removed[i] == slot) return true;
        return false;
    }

    /** Ends a visit: every removed slot is drawable again, the tree exactly as built. */
    void endVisit() {
        if (visitCountry >= 0) {
            double[] t = tree[visitCountry];
            double[] p = pristine[visitCountry];
            int n = count[visitCountry];
            for (int r = 0; r < removedCount; r++) {
                for (int i = removed[r] + 1; i <= n; i += i & -i) t[i] = p[i];
            }
        }
        removedCount = 0;
        visitCountry = -1;
    }
}
