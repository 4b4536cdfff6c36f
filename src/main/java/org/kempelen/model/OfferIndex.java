package org.kempelen.model;

import java.util.Arrays;
import java.util.List;

/**
 * Today's offers per country: a slot per campaign open to the country, weighted by the quota it
 * still wanted from it when the day began, in an alias table (Walker, Vose) for drawing in O(1).
 * A slot whose quota or budget closes during the day leaves its table for the rest of the day at
 * the end of the work round in which it closed ({@link #close}, {@link #rebuildClosed}): drawing
 * among open slots by their weights is the same as drawing among all and skipping the closed
 * ones, but a worker no longer walks through full campaigns. Between round ends the tables are
 * read-only, so threads draw from them at once ({@link OfferDraws} draws without replacement
 * within a visit). Allocates only when it grows.
 */
final class OfferIndex {
    private Campaign[][] campaigns;
    private double[][] weight;
    /** Per slot, the price in cents and what the requester pays for it (prices do not change during the work phase). */
    private long[][] priceCents;
    private long[][] grossCents;
    /** Alias tables: slot i is kept with probability {@code keep[i]}, else its alias is taken. */
    private double[][] keep;
    private int[][] alias;
    private final int[] count;
    /** Slots with a positive weight, per country. */
    private final int[] positive;
    private int[] small = new int[16];
    private int[] large = new int[16];
    private double[] scaled = new double[16];
    /** Changes whenever a country's table does. */
    private final int[] version;
    private final boolean[] changed;
    /** Slot of each open campaign in each country, -1 if none: {@code slotOf[(id - firstId) * countries + k]}. */
    private int[] slotOf = new int[0];
    /** Per campaign, the most its requester pays for an item in any of its slots: below it the budget may close one. */
    private long[] dearest = new long[0];
    private int firstId;
    private final int countries;

    OfferIndex(int countries) {
        this.countries = countries;
        campaigns = new Campaign[countries][16];
        weight = new double[countries][16];
        priceCents = new long[countries][16];
        grossCents = new long[countries][16];
        keep = new double[countries][16];
        alias = new int[countries][16];
        count = new int[countries];
        positive = new int[countries];
        version = new int[countries];
        changed = new boolean[countries];
    }

    /**
     * Today's slots on {@code platform}: every campaign in {@code open} posted there (in opening
     * order, so ids ascend) that still wants items from a country and can pay for one there.
     */
    void build(List<Campaign> open, Platform platform) {
        Arrays.fill(count, 0);
        firstId = open.isEmpty() ? 0 : open.get(0).id;
        int ids = open.isEmpty() ? 0 : open.get(open.size() - 1).id - firstId + 1;
        if (dearest.length < ids) {
            dearest = new long[Math.max(ids, dearest.length * 2)];
            slotOf = new int[dearest.length * countries];
        }
        Arrays.fill(slotOf, 0, ids * countries, -1);
        Arrays.fill(dearest, 0, ids, 0);
        for (Campaign c : open) {
            if (c.platform != platform) continue;
            for (int k = 0; k < countries; k++) {
                int left = c.remaining(k);
                long price = MarketModel.cents(c.price[k]);
                long gross = platform.grossCents(price);
                if (left > 0 && (!c.legitimate || gross <= c.budgetLeftCents)) add(k, c, left, price, gross);
            }
        }
        for (int k = 0; k < countries; k++) rebuild(k);
    }

    private void add(int k, Campaign c, double w, long price, long gross) {
        int j = count[k];
        if (j == campaigns[k].length) {
            campaigns[k] = Arrays.copyOf(campaigns[k], j * 2);
            weight[k] = Arrays.copyOf(weight[k], j * 2);
            priceCents[k] = Arrays.copyOf(priceCents[k], j * 2);
            grossCents[k] = Arrays.copyOf(grossCents[k], j * 2);
            keep[k] = new double[j * 2];
            alias[k] = new int[j * 2];
        }
        campaigns[k][j] = c;
        weight[k][j] = w;
        priceCents[k][j] = price;
        grossCents[k][j] = gross;
        slotOf[(c.id - firstId) * countries + k] = j;
        dearest[c.id - firstId] = Math.max(dearest[c.id - firstId], gross);
        count[k] = j + 1;
    }

    /** Vose's alias method over country k's weights; slots of weight 0 are never drawn. */
    private void rebuild(int k) {
        int n = count[k];
        double[] w = weight[k];
        double total = 0;
        int pos = 0;
        for (int i = 0; i < n; i++) {
            total += w[i];
            if (w[i] > 0) pos++;
        }
        positive[k] = pos;
        version[k]++;
        changed[k] = false;
        if (pos == 0) return;
        if (small.length < n) {
            small = new int[n];
            large = new int[n];
            scaled = new double[n];
        }
        int ns = 0;
        int nl = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = w[i] * n / total;
            if (scaled[i] < 1) small[ns++] = i;
            else large[nl++] = i;
        }
        double[] kp = keep[k];
        int[] al = alias[k];
        while (ns > 0 && nl > 0) {
            int s = small[--ns];
            int l = large[nl - 1];
            kp[s] = scaled[s];
            al[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            if (scaled[l] < 1) {
                nl--;
                small[ns++] = l;
            }
        }
        // What rounding leaves over keeps itself; a slot of weight 0 is refused when drawn.
        while (nl > 0) keep(kp, al, large[--nl]);
        while (ns > 0) keep(kp, al, small[--ns]);
    }

    private static void keep(double[] kp, int[] al, int i) {
        kp[i] = 1;
        al[i] = i;
    }

    /** Whether the slot's campaign still wants items from country k and can pay for one. */
    private boolean isOpen(int k, int slot) {
        Campaign c = campaigns[k][slot];
        return c.remaining(k) > 0 && (!c.legitimate || grossCents[k][slot] <= c.budgetLeftCents);
    }

    /**
     * After campaign c took an item from country k: its slots that no longer fit (quota or budget)
     * weigh 0 from now on, so they are refused when drawn, and leave the tables at the round's end.
     * A slot therefore has a positive weight exactly while it is open.
     */
    void close(Campaign c, int k) {
        int i = c.id - firstId;
        boolean budgetTight = c.legitimate && c.budgetLeftCents < dearest[i];
        if (!budgetTight) {
            if (c.remaining(k) > 0) return;
            if (c.targeted) {
                shutIfClosed(k, slotOf[i * countries + k]);
                return;
            }
        }
        for (int j = 0; j < countries; j++) shutIfClosed(j, slotOf[i * countries + j]);
    }

    private void shutIfClosed(int k, int slot) {
        if (slot < 0 || weight[k][slot] == 0 || isOpen(k, slot)) return;
        weight[k][slot] = 0;
        changed[k] = true;
    }

    /** Whether a slot of country k has closed since its tables were last built: until then every slot drawn is still open. */
    boolean closedSinceBuilt(int k) {
        return changed[k];
    }

    /** Rebuilds the tables of countries with slots closed since the last call. */
    void rebuildClosed() {
        for (int k = 0; k < countries; k++) if (changed[k]) rebuild(k);
    }

    int count(int k) {
        return count[k];
    }

    int version(int k) {
        return version[k];
    }

    int positive(int k) {
        return positive[k];
    }

    /** A slot drawn by weight from a uniform u on [0, 1) (closed slots may come out; weight 0 ones only by rounding). */
    int sample(int k, double u) {
        int n = count[k];
        double x = u * n;
        int i = Math.min((int) x, n - 1);
        return x - i < keep[k][i] ? i : alias[k][i];
    }

    double weight(int k, int slot) {
        return weight[k][slot];
    }

    Campaign campaign(int k, int slot) {
        return campaigns[k][slot];
    }

    long priceCents(int k, int slot) {
        return priceCents[k][slot];
    }
}
