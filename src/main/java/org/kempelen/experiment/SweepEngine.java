package org.kempelen.experiment;

import java.io.IOException;
import java.util.List;

/**
 * Does a sweep's runs and hands their outcomes over in run order, whatever order they finish in,
 * so that the sweep's files are written by one writer in one order, the same for every engine:
 * on a thread pool in this process ({@link ThreadPoolEngine}), or on Apache Spark
 * ({@code org.kempelen.spark}).
 */
public interface SweepEngine {
    /** How the sweep's manifest names the engine. */
    String name();

    /**
     * Does {@code runs} (in run order) with {@code task}, hands each outcome to {@code sink} in
     * that order, and tells {@code progress} of each run as it finishes. A run that cannot be
     * completed at all (not a recorded failure: the process or executor doing it died for good)
     * ends the sweep with a {@link RunsLostException}, the outcomes before it written.
     */
    void run(List<RunSpec> runs, SweepTask task, Sink sink, ProgressCounter progress) throws IOException, SweepException;

    /** Receives outcomes in run order. */
    @FunctionalInterface
    interface Sink {
        void accept(RunOutcome outcome) throws IOException;
    }
}
