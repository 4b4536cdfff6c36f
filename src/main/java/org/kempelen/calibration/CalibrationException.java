package org.kempelen.calibration;

/** A calibration that cannot go on: an output directory that does not fit, a trace from other inputs. */
public final class CalibrationException extends Exception {
    public CalibrationException(String message) {
        super(message);
    }
}
