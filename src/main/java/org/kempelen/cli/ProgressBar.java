package org.kempelen.cli;

import java.io.PrintStream;
import org.kempelen.model.DayObserver;
import org.kempelen.model.MarketModel;

/** A one-line progress bar with ETA on stderr, redrawn at most five times a second. */
final class ProgressBar implements DayObserver {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final int days;
    private final long start = System.nanoTime();
    private long lastDraw;

    ProgressBar(PrintStream err, int days) {
        this.err = err;
        this.days = days;
    }

    @Override
    public void dayEnded(MarketModel model, int day) {
        long now = System.nanoTime();
        boolean last = day == days - 1;
        if (!last && now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        double done = (day + 1) / (double) days;
        int filled = (int) Math.round(done * WIDTH);
        double elapsed = (now - start) / 1e9;
        double eta = done > 0 ? elapsed * (1 - done) / done : 0;
        err.printf("\r  [%s%s] day %d/%d  %3.0f%%  ETA %s ", "#".repeat(filled), "-".repeat(WIDTH - filled), day + 1, days,
                done * 100, clock(eta));
        if (last) err.println();
        err.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
