package org.kempelen.output;

import java.io.IOException;

/**
 * An output directory that cannot be used as asked: another process is writing it, or it is
 * already there. Bad input (the user chooses another directory or waits), not a failure.
 */
public final class UnusableOutputException extends IOException {
    public UnusableOutputException(String message) {
        super(message);
    }
}
