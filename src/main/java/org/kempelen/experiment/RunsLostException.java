package org.kempelen.experiment;

import java.io.IOException;

/**
 * Runs of a sweep that could not be completed at all: not a recorded failure, but the thread,
 * process or executor doing them died for good. The runs before them are written; the sweep
 * continues with {@code --resume}.
 */
public final class RunsLostException extends IOException {
    public RunsLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
