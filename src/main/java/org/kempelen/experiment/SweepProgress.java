package org.kempelen.experiment;

/** Told after every finished run of a sweep (on the coordinating thread). */
@FunctionalInterface
public interface SweepProgress {
    SweepProgress NONE = (done, failed, total, runsPerSecond) -> { };

    void update(int done, int failed, int total, double runsPerSecond);
}
