package org.kempelen.model;

import java.util.Arrays;

/**
 * Future misuse of items, bucketed by the day it happens. Events after the horizon are not
 * kept: nothing would observe them. Each event is a worker id and a category.
 */
final class MisuseCalendar {
    private final long[][] events;
    private final int[] counts;

    MisuseCalendar(int days) {
        events = new long[days][];
        counts = new int[days];
    }

    void add(int day, int worker, int category) {
        if (day < 0 || day >= events.length) return;
        long[] bucket = events[day];
        if (bucket == null) {
            bucket = events[day] = new long[8];
        } else if (counts[day] == bucket.length) {
            bucket = events[day] = Arrays.copyOf(bucket, bucket.length * 2);
        }
        bucket[counts[day]++] = ((long) worker << 8) | category;
    }

    int count(int day) {
        return day < counts.length ? counts[day] : 0;
    }

    int worker(int day, int i) {
        return (int) (events[day][i] >>> 8);
    }

    int category(int day, int i) {
        return (int) (events[day][i] & 0xff);
    }

    void release(int day) {
        events[day] = null;
    }
}
