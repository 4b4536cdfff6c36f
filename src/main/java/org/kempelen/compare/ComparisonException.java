package org.kempelen.compare;

/** Inputs that cannot be compared: a directory that is neither a run nor a sweep, an unknown metric, different horizons. */
public final class ComparisonException extends Exception {
    public ComparisonException(String message) {
        super(message);
    }
}
