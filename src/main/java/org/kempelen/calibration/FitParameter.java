package org.kempelen.calibration;

/**
 * A scenario parameter to fit (its path as in {@code --set}) and its bounds. The optimiser
 * works on [0, 1] per parameter, so one step size suits parameters of any unit.
 */
public record FitParameter(String path, double min, double max) {
    public FitParameter {
        if (!(min < max)) throw new IllegalArgumentException(path + ": min " + min + " is not below max " + max);
    }

    /** The parameter's value at position {@code u} in [0, 1] of its range. */
    public double value(double u) {
        return min + u * (max - min);
    }

    /** The position in [0, 1] of {@code v}, clamped to the range. */
    public double position(double v) {
        return Math.min(1, Math.max(0, (v - min) / (max - min)));
    }
}
