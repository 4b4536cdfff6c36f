package org.kempelen.model;

import java.util.Arrays;

/**
 * Future misuse of items, bucketed by the day it happens, from the first burn-in day to the
 * last recorded day. Events after the horizon are not kept: nothing would observe them. Each
 * event is a worker and the campaign whose item is misused.
 */
final class MisuseCalendar {
    private final int firstDay;
    private final int[][] workers;
    private final Campaign[][] campaigns;
    private final int[] counts;

    MisuseCalendar(int firstDay, int lastDay) {
        this.firstDay = firstDay;
        int n = lastDay - firstDay + 1;
        workers = new int[n][];
        campaigns = new Campaign[n][];
        counts = new int[n];
    }

    /** The misuse still to come, as (day, worker, campaign id) columns. */
    void save(MarketState.Sink out) {
        IntList day = new IntList(16), worker = new IntList(16), campaign = new IntList(16);
        for (int d = 0; d < counts.length; d++) {
            if (workers[d] == null) continue;
            for (int i = 0; i < counts[d]; i++) {
                day.add(d + firstDay);
                worker.add(workers[d][i]);
                campaign.add(campaigns[d][i].id);
            }
        }
        out.put("misuse.day", day.toArray());
        out.put("misuse.worker", worker.toArray());
        out.put("misuse.campaign", campaign.toArray());
    }

    void restore(MarketState.Source in, java.util.Map<Integer, Campaign> byId) {
        int[] day = (int[]) in.take("misuse.day", int.class);
        int[] worker = (int[]) in.take("misuse.worker", int.class);
        int[] campaign = (int[]) in.take("misuse.campaign", int.class);
        if (worker.length != day.length || campaign.length != day.length) throw new IllegalStateException("misuse columns do not agree in length");
        for (int i = 0; i < day.length; i++) add(day[i], worker[i], MarketState.campaign(byId, campaign[i], "misuse"));
    }

    void add(int day, int worker, Campaign campaign) {
        int d = day - firstDay;
        if (d < 0 || d >= counts.length) return;
        if (workers[d] == null) {
            workers[d] = new int[8];
            campaigns[d] = new Campaign[8];
        } else if (counts[d] == workers[d].length) {
            workers[d] = Arrays.copyOf(workers[d], counts[d] * 2);
            campaigns[d] = Arrays.copyOf(campaigns[d], counts[d] * 2);
        }
        workers[d][counts[d]] = worker;
        campaigns[d][counts[d]++] = campaign;
    }

    int count(int day) {
        int d = day - firstDay;
        return d >= 0 && d < counts.length ? counts[d] : 0;
    }

    int worker(int day, int i) {
        return workers[day - firstDay][i];
    }

    Campaign campaign(int day, int i) {
        return campaigns[day - firstDay][i];
    }

    void release(int day) {
        workers[day - firstDay] = null;
        campaigns[day - firstDay] = null;
    }
}
