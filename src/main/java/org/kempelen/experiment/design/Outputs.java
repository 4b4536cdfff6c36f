package org.kempelen.experiment.design;

/** Checks of the output vector given to an analysis. */
final class Outputs {
    private Outputs() {
    }

    static void check(Plan plan, double[] y) {
        if (y == null || y.length != plan.size()) {
            throw new IllegalArgumentException("analysis: " + (y == null ? "no" : String.valueOf(y.length))
                    + " outputs for a plan of " + plan.size() + " points; give one output per point, in run order");
        }
        for (int j = 0; j < y.length; j++) {
            if (Double.isInfinite(y[j])) {
                throw new IllegalArgumentException("analysis: the output of point " + (j + 1) + " is infinite (" + y[j]
                        + "); only NaN is allowed, meaning a missing output");
            }
        }
    }
}
