package org.kempelen.cli;

import java.io.PrintStream;
import org.kempelen.experiment.SweepProgress;

/** Runs done, failures, runs per second and ETA on one line of stderr. */
final class SweepProgressBar implements SweepProgress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private long lastDraw;

    SweepProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public void update(int done, int failed, int total, double runsPerSecond) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 200_000_000L) return;
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) Math.round(WIDTH * done / (double) total);
        double eta = runsPerSecond > 0 ? (total - done) / runsPerSecond : 0;
        err.printf("\r  [%s%s] %d/%d runs, %d failed, %.2f runs/s, ETA %d:%02d ", "#".repeat(filled), "-".repeat(WIDTH - filled),
                done, total, failed, runsPerSecond, (long) eta / 60, (long) eta % 60);
        if (done == total) err.println();
        err.flush();
    }
}
