package org.kempelen.model;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kempelen.scenario.DataCategory;

/** A saved market's campaigns (MarketState) as columns: what each was posted with, then what has happened to it. */
final class CampaignColumns {
    private CampaignColumns() {}

    static void save(List<Campaign> cs, MarketState.Sink out) {
        int n = cs.size();
        int[] ints = new int[n * 9];
        double[] doubles = new double[n * 8];
        long[] longs = new long[n * 2];
        byte[] flags = new byte[n];
        IntList perCountry = new IntList(16);
        List<double[]> countryDoubles = new ArrayList<>();
        List<long[]> countryLongs = new ArrayList<>();
        IntList members = new IntList(16);
        for (int i = 0; i < n; i++) {
            Campaign c = cs.get(i);
            int[] contributors = c.contributorIds();
            System.arraycopy(new int[] {c.id, c.requester.id, c.platform.index, c.category.ordinal(), c.openDay, c.deadlineDay,
                    c.globalQuota, c.closedDay, c.breachDay}, 0, ints, i * 9, 9);
            System.arraycopy(new double[] {c.taskMinutes, c.basePrice, c.retentionDays, c.breachHazardPerYear,
                    c.misuseProbability, c.qualificationMinutes, c.difficulty, c.misuseEvents}, 0, doubles, i * 8, 8);
            longs[i * 2] = c.budgetLeftCents;
            longs[i * 2 + 1] = contributors.length;
            flags[i] = (byte) ((c.anonymous ? 1 : 0) | (c.purposeDisclosed ? 2 : 0) | (c.legitimate ? 4 : 0) | (c.targeted ? 8 : 0)
                    | (c.breached ? 16 : 0) | (c.heldAbroad ? 32 : 0));
            for (int k = 0; k < c.quota.length; k++) {
                perCountry.add(c.quota[k]);
                perCountry.add(c.filled[k]);
            }
            countryDoubles.add(c.price);
            countryDoubles.add(c.escalation);
            countryDoubles.add(c.initialPrice);
            countryLongs.add(c.spentCents);
            countryLongs.add(c.committedCents);
            for (int w : contributors) members.add(w);
            if (c.bidCount != 0) throw new IllegalStateException("campaign " + c.id + " holds bids between days");
        }
        out.put("campaigns.ints", ints);
        out.put("campaigns.doubles", doubles);
        out.put("campaigns.longs", longs);
        out.put("campaigns.flags", flags);
        out.put("campaigns.quotaFilled", perCountry.toArray());
        out.put("campaigns.prices", concat(countryDoubles, double.class));
        out.put("campaigns.cents", concat(countryLongs, long.class));
        out.put("campaigns.contributors", members.toArray());
    }

    static List<Campaign> restore(MarketModel m, MarketState.Source in) {
        int[] ints = (int[]) in.take("campaigns.ints", int.class);
        double[] doubles = (double[]) in.take("campaigns.doubles", double.class);
        long[] longs = (long[]) in.take("campaigns.longs", long.class);
        byte[] flags = (byte[]) in.take("campaigns.flags", byte.class);
        int[] quotaFilled = (int[]) in.take("campaigns.quotaFilled", int.class);
        double[] prices = (double[]) in.take("campaigns.prices", double.class);
        long[] cents = (long[]) in.take("campaigns.cents", long.class);
        int[] members = (int[]) in.take("campaigns.contributors", int.class);
        int n = flags.length, k = m.countries.count;
        if (ints.length != n * 9 || doubles.length != n * 8 || longs.length != n * 2 || quotaFilled.length != n * k * 2
                || prices.length != n * k * 3 || cents.length != n * k * 2) {
            throw new IllegalStateException("the campaigns' columns do not agree in length (" + n + " campaigns, " + k + " countries)");
        }
        List<Campaign> out = new ArrayList<>(n);
        int member = 0;
        for (int i = 0; i < n; i++) {
            int[] a = Arrays.copyOfRange(ints, i * 9, i * 9 + 9);
            double[] d = Arrays.copyOfRange(doubles, i * 8, i * 8 + 8);
            int f = flags[i];
            if (a[1] < 0 || a[1] >= m.requesters.size() || a[2] < 0 || a[2] >= m.platforms.length || a[3] < 0 || a[3] >= DataCategory.COUNT) {
                throw new IllegalStateException("campaign " + a[0] + " names a requester, platform or category this market lacks");
            }
            int[] quota = new int[k];
            for (int j = 0; j < k; j++) quota[j] = quotaFilled[(i * k + j) * 2];
            Campaign c = new Campaign(a[0], m.requesters.get(a[1]), m.platforms[a[2]], DataCategory.values()[a[3]], d[0], d[1], a[4], a[5],
                    (f & 1) != 0, (f & 2) != 0, d[2], d[3], d[4], (f & 4) != 0, d[5], d[6], (f & 8) != 0, quota, a[6], longs[i * 2]);
            for (int j = 0; j < k; j++) c.filled[j] = quotaFilled[(i * k + j) * 2 + 1];
            c.recountFilled();
            System.arraycopy(prices, (i * 3) * k, c.price, 0, k);
            System.arraycopy(prices, (i * 3 + 1) * k, c.escalation, 0, k);
            System.arraycopy(prices, (i * 3 + 2) * k, c.initialPrice, 0, k);
            System.arraycopy(cents, (i * 2) * k, c.spentCents, 0, k);
            System.arraycopy(cents, (i * 2 + 1) * k, c.committedCents, 0, k);
            c.closedDay = a[7];
            c.breachDay = a[8];
            c.misuseEvents = (int) d[7];
            c.breached = (f & 16) != 0;
            c.heldAbroad = (f & 32) != 0;
            int count = (int) longs[i * 2 + 1];
            if (count < 0 || member + count > members.length) throw new IllegalStateException("campaign " + a[0] + "'s contributors run past the state's");
            c.restoreContributors(Arrays.copyOfRange(members, member, member + count));
            member += count;
            out.add(c);
        }
        return out;
    }

    /** The parts end to end, as one array of their element type. */
    private static Object concat(List<?> parts, Class<?> element) {
        int n = 0;
        for (Object p : parts) n += Array.getLength(p);
        Object out = Array.newInstance(element, n);
        int at = 0;
        for (Object p : parts) {
            System.arraycopy(p, 0, out, at, Array.getLength(p));
            at += Array.getLength(p);
        }
        return out;
    }
}
