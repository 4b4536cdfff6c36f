package org.kempelen.experiment;

import java.util.Locale;
import org.kempelen.model.MemoryEstimate;
import org.kempelen.scenario.Scenario;

/**
 * Refuses a run before anything is allocated when its estimated heap ({@link MemoryEstimate})
 * exceeds the JVM's maximum heap, with a message that names both and how to raise the heap.
 */
public final class MemoryCheck {
    /** The heap is too small for the run asked for: bad input, not a failure while running. */
    public static final class HeapTooSmallException extends RuntimeException {
        HeapTooSmallException(String message) {
            super(message);
        }
    }

    private static final double GB = 1 << 30;

    private MemoryCheck() {}

    /** Throws {@link HeapTooSmallException} when a run of {@code s} will not fit in this JVM's heap. */
    public static void require(Scenario s) {
        require(s, Runtime.getRuntime().maxMemory());
    }

    static void require(Scenario s, long heapBytes) {
        long needed = MemoryEstimate.of(s).totalBytes();
        if (needed <= heapBytes) return;
        throw new HeapTooSmallException(String.format(Locale.ROOT,
                "%s with %,d workers over %d days (%d of them burn-in) needs about %s of Java heap, more than the %s this JVM may use. %s,"
                        + " or lower population, days or burnInDays.",
                s.name().isEmpty() ? "this run" : "'" + s.name() + "'", s.population(), s.burnInDays() + s.days(), s.burnInDays(),
                gigabytes(needed), gigabytes(heapBytes), advice(needed)));
    }

    /** How to run with room for {@code neededBytes}: the launcher's KEMPELEN_JAVA_OPTS with a heap a quarter larger, in whole GB. */
    public static String advice(long neededBytes) {
        long gb = Math.max(1, (long) Math.ceil(neededBytes * 1.25 / GB));
        return "Raise the heap with KEMPELEN_JAVA_OPTS, e.g. KEMPELEN_JAVA_OPTS=-Xmx" + gb + "g ./kempelen ...";
    }

    public static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / GB);
    }
}
