package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The crew runs every task of every job exactly once, whatever the threads, and passes a task's failure on. */
class WorkCrewTest {
    @Test
    void everyTaskOfEveryJobRunsOnceOnAnyNumberOfThreads() {
        // Sizes that grow the claim array, shrink again and repeat, as the work, review and economy passes do.
        int[] sizes = {8, 1, 0, 3, 100, 8, 2048, 16, 8, 7, 1000};
        for (int threads = 1; threads <= 3; threads++) {
            try (WorkCrew crew = new WorkCrew(threads)) {
                for (int round = 0; round < 50; round++) {
                    for (int n : sizes) {
                        AtomicIntegerArray runs = new AtomicIntegerArray(n);
                        crew.run((task, thread) -> runs.incrementAndGet(task), n);
                        for (int t = 0; t < n; t++) assertEquals(1, runs.get(t), threads + " threads, job of " + n + ": task " + t);
                    }
                }
            }
        }
    }

    @Test
    void aFailingTaskFailsTheJobAndTheCrewRunsTheNextOne() {
        try (WorkCrew crew = new WorkCrew(2)) {
            IllegalStateException boom = new IllegalStateException("task 5 failed");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> crew.run((task, thread) -> {
                if (task == 5) throw boom;
            }, 8));
            assertSame(boom, thrown);
            AtomicIntegerArray runs = new AtomicIntegerArray(8);
            crew.run((task, thread) -> runs.incrementAndGet(task), 8);
            for (int t = 0; t < 8; t++) assertEquals(1, runs.get(t), "task " + t + " after a failed job");
        }
    }
}
