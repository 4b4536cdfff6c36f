package org.kempelen.experiment;

/** A sweep that cannot go on as asked (output exists without --resume, a changed sweep file, shards that do not match). */
public final class SweepException extends Exception {
    public SweepException(String message) {
        super(message);
    }
}
