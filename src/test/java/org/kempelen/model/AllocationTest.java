package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The daily loop allocates nothing per worker or per offer: over steady-state days, bytes
 * allocated per offer evaluated stay far below the size of one object (16 bytes). Counts
 * bytes, not time, so it does not depend on the machine's load.
 */
class AllocationTest {
    @Test
    void steadyStateDaysAllocateLessThanOneObjectPerOffer() {
        var bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean tb && tb.isThreadAllocatedMemorySupported());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        MarketModel m = new MarketModel(Scenarios.small("population=8000", "days=400"));
        m.start();
        for (int d = 0; d < 60; d++) m.schedule.step(m);
        long offersBefore = m.stats.offersEvaluated;
        long workerDaysBefore = m.stats.workerDays;
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int d = 0; d < 30; d++) m.schedule.step(m);
        long bytes = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        long offers = m.stats.offersEvaluated - offersBefore;
        long workerDays = m.stats.workerDays - workerDaysBefore;
        assertTrue(offers > 100_000, "enough offers to measure: " + offers);
        double perOffer = bytes / (double) offers;
        double perWorkerDay = bytes / (double) workerDays;
        assertTrue(perOffer < 2, "bytes allocated per offer evaluated: " + perOffer);
        // 3.9-4.1 measured: new campaigns and their per-country arrays (demand scales with the population).
        assertTrue(perWorkerDay < 5, "bytes allocated per worker-day: " + perWorkerDay);
    }
}
