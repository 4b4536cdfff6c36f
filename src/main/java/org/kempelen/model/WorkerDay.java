package org.kempelen.model;

import org.kempelen.scenario.WorkerParams;

/**
 * What a worker's visit reads of the worker, packed {@link #STRIDE} doubles to a worker so that
 * a visit, which comes to workers in a random order, reads one or two cache lines of the worker
 * instead of one per array (docs/PERFORMANCE.md). Written by the economy pass, on the worker's
 * owner, from the values it has just updated; nothing changes them before the worker's visit
 * (a worker's tasks done grow only after its visit and at review), so a visit reads exactly what
 * it would compute from the worker's arrays. Not part of a saved market: the economy pass writes
 * it first thing every day.
 */
final class WorkerDay {
    static final int STRIDE = 8;
    static final int PRESSURE = 0;
    /** Minutes the worker can give today: hours per day lengthened by need, at most 16 hours (docs/ODD.md 7.4). */
    static final int MINUTES = 1;
    /** Learning progress e, the factor of its task time (1 / speed lambda(e), times lambda(L)) and its error rate. */
    static final int LEARNED = 2;
    static final int PACE = 3;
    static final int ERRORS = 4;
    static final int MONEY_WEIGHT = 5;
    static final int WEIGHT_AT_NEED = 6;
    static final int RESERVATION = 7;

    double[] values = new double[0];

    /** Makes room for worker ids below {@code size}. */
    void fit(int size) {
        if (values.length < (long) size * STRIDE) values = java.util.Arrays.copyOf(values, Math.max(size, values.length / STRIDE * 3 / 2) * STRIDE);
    }

    /** Worker w's record from its arrays as they are now (its pressure and weights just updated). */
    void update(Workers ws, int w, Experience ex, WorkerParams wp) {
        int at = w * STRIDE;
        double pressure = ws.pressure[w];
        double learned = ex.progress(ws, w);
        double[] v = values;
        v[at + PRESSURE] = pressure;
        v[at + MINUTES] = Math.min(16, ws.hoursPerDay[w] * (1 + wp.hoursPressureBoost() * pressure)) * 60;
        v[at + LEARNED] = learned;
        v[at + PACE] = ex.taskMinutes(ws, w, learned, 1);
        v[at + ERRORS] = ex.errorRate(ws, w, learned);
        v[at + MONEY_WEIGHT] = ws.moneyWeight[w];
        v[at + WEIGHT_AT_NEED] = ws.weightAtNeed[w];
        v[at + RESERVATION] = ws.reservationWage[w];
    }
}
