package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kempelen.scenario.Scenario;

/**
 * The memory estimate against the heap a run holds at its end (live bytes after a full
 * collection, the model still reachable): the estimate, less its fixed part for the JVM itself,
 * lies between 1 and 3 times what was measured. Counts bytes, not time.
 */
class MemoryEstimateTest {
    @Test
    void estimateIsWithinAFactorOfThreeAboveTheHeapARunHolds() {
        Scenario s = Scenarios.small("population=20000", "days=60", "burnInDays=60", "demandReferencePopulation=20000");
        // Classes the run loads are the JVM's, counted in the estimate's fixed part: load them first.
        Scenarios.run(Scenarios.small("population=100", "days=5", "burnInDays=5"));
        long before = liveBytes();
        MarketModel m = new MarketModel(s);
        m.run();
        long measured = liveBytes() - before;
        long estimated = MemoryEstimate.of(s).totalBytes() - MemoryEstimate.FIXED_BYTES;
        assertTrue(m.workers.size > 20_000, "the model is reachable until here: " + m.workers.size);
        double factor = estimated / (double) measured;
        assertTrue(factor >= 1 && factor <= 3, MemoryEstimate.of(s) + ": estimate " + estimated + " bytes over measured " + measured + " = " + factor);
    }

    @Test
    void workerSlotsAreCountedFromTheArraysThemselves() {
        // 16 doubles, 10 + 1 ints, two floats, 3 longs, a short, two booleans per worker; 8 wta, 8 beliefs (doubles), 8 exposures (ints); the contacts.
        long perSlot = 16 * 8 + 11 * 4 + 2 * 4 + 3 * 8 + 2 + 2 + 8 * (8 + 8 + 4);
        assertTrue(Workers.bytesPerSlot(6, 1) == perSlot + 6 * 4, "bytes per slot " + Workers.bytesPerSlot(6, 1));
        assertTrue(Workers.bytesPerSlot(0, 1) == perSlot);
        // Per further platform a balance (long) and a last login day (int); with several, the registration bits (int).
        assertTrue(Workers.bytesPerSlot(0, 3) == perSlot + 2 * (8 + 4) + 4, "bytes per slot on 3 platforms " + Workers.bytesPerSlot(0, 3));
    }

    /**
     * Bytes of live objects: the total of a class histogram, which collects fully first (heap
     * usage would also count regions that humongous arrays fill only in part).
     */
    private static long liveBytes() {
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            String[] lines = histogram.strip().split("\n");
            String[] total = lines[lines.length - 1].strip().split("\\s+");
            return Long.parseLong(total[2]);
        } catch (JMException | RuntimeException e) {
            Assumptions.abort("no class histogram in this JVM: " + e);
            return 0;
        }
    }
}
