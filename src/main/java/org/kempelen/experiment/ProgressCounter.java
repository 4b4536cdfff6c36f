package org.kempelen.experiment;

/**
 * Counts a sweep's finished runs and failures for its {@link SweepProgress}, with the rate since
 * this call began (runs done before a resume count as done, not in the rate). Engines tell it from
 * whichever thread learns of a finished run, so it is synchronized; {@link #close} draws the
 * counts the files hold and stops it, so that a late report cannot draw after the last line.
 */
public final class ProgressCounter {
    private final SweepProgress progress;
    private final int total;
    private final int before;
    private final long t0 = System.nanoTime();
    private int done;
    private int failed;
    private boolean closed;

    public ProgressCounter(SweepProgress progress, int done, int failed, int total) {
        this.progress = progress;
        this.before = done;
        this.done = done;
        this.failed = failed;
        this.total = total;
    }

    /** One more run finished; {@code ok} false when it was recorded as failed or invalid. */
    public synchronized void finished(boolean ok) {
        if (closed) return;
        done++;
        if (!ok) failed++;
        draw();
    }

    /** The final counts; nothing is drawn after them. */
    public synchronized void close(int finalDone, int finalFailed) {
        if (closed) return;
        closed = true;
        if (finalDone == done && finalFailed == failed) return;
        done = finalDone;
        failed = finalFailed;
        draw();
    }

    private void draw() {
        double elapsed = (System.nanoTime() - t0) / 1e9;
        progress.update(done, failed, total, (done - before) / Math.max(elapsed, 1e-9));
    }
}
