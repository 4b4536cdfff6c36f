package org.kempelen.experiment.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The values a {@link Factor} can take. Every domain maps a coordinate of the unit interval to a
 * value, which is how the sampling designs (random, Latin hypercube, Sobol, Morris) turn their
 * unit-cube points into parameter values; the grid design enumerates {@link #gridValues(String)}.
 */
public sealed interface Domain permits Domain.Levels, Domain.Range {

    /**
     * Maps a unit-interval coordinate to a value of this domain.
     *
     * @param u a coordinate in [0, 1]
     * @return the value: for {@link Levels} one of the values as given, for {@link Range} a
     *         {@code Double}, or a {@code Long} when the range is an integer range
     * @throws IllegalArgumentException if {@code u} is not in [0, 1]
     */
    Object value(double u);

    /**
     * The values a full-factorial grid uses for this domain, in order.
     *
     * @param factorPath the factor's path, only for the error message
     * @throws IllegalArgumentException if the domain cannot be enumerated (a range without
     *         {@code steps >= 2}, or an integer range with fewer whole numbers than steps)
     */
    List<Object> gridValues(String factorPath);

    /**
     * Explicit values: numbers, strings or booleans, kept as given. The grid uses them all, in
     * order; sampling designs pick one uniformly by mapping u in [0, 1) to index
     * {@code floor(u * n)} (u = 1 maps to the last value).
     */
    record Levels(List<Object> values) implements Domain {
        public Levels {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("levels: the list of values is empty; give at least one value");
            }
            List<Object> copy = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    throw new IllegalArgumentException("levels: value " + (i + 1) + " of " + values.size() + " is missing (null)");
                }
                copy.add(v);
            }
            values = Collections.unmodifiableList(copy);
        }

        /** Levels from the given values, in order. */
        public static Levels of(Object... values) {
            return new Levels(values == null ? null : java.util.Arrays.asList(values));
        }

        @Override
        public Object value(double u) {
            Checks.unit(u);
            int n = values.size();
            return values.get(Math.min(n - 1, (int) Math.floor(u * n)));
        }

        @Override
        public List<Object> gridValues(String factorPath) {
            return values;
        }
    }

    /**
     * A numeric interval [min, max]. When {@code integer} is true values are rounded to the
     * nearest whole number (kept within [ceil(min), floor(max)]) and returned as {@code Long};
     * otherwise they are {@code Double}. {@code steps} is used by the grid design only (it needs
     * {@code steps >= 2}: evenly spaced values from min to max inclusive); sampling designs ignore
     * it (0 means "not given"). Sampling designs map u in [0, 1] linearly to [min, max].
     *
     * <p>Note on integer ranges in sampling designs: rounding a uniform value gives the two end
     * values half the probability of the inner ones (1..3 gives 1, 2, 3 with 1/4, 1/2, 1/4). For
     * a handful of whole numbers that should be equally likely, use {@link Levels}.
     */
    record Range(double min, double max, boolean integer, int steps) implements Domain {
        public Range {
            if (!Double.isFinite(min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("range: min and max must be finite numbers, got min = " + min + ", max = " + max);
            }
            if (min > max) {
                throw new IllegalArgumentException("range: min (" + min + ") is greater than max (" + max + ")");
            }
            if (steps < 0) {
                throw new IllegalArgumentException("range: steps (" + steps + ") must not be negative (0 = not given, the grid design needs >= 2)");
            }
            if (integer && Math.ceil(min) > Math.floor(max)) {
                throw new IllegalArgumentException("range: an integer range from " + min + " to " + max + " contains no whole number");
            }
        }

        /** A real-valued range without grid steps (for sampling designs). */
        public Range(double min, double max) {
            this(min, max, false, 0);
        }

        @Override
        public Object value(double u) {
            Checks.unit(u);
            double x = u == 1.0 ? max : min + u * (max - min);
            return box(Math.max(min, Math.min(max, x)));
        }

        private Object box(double x) {
            if (!integer) {
                return x;
            }
            double r = Math.max(Math.ceil(min), Math.min(Math.floor(max), Math.floor(x + 0.5)));   // halves round up
            return (long) r;
        }

        /**
         * {@code steps} evenly spaced values from min to max inclusive. Real values are rounded
         * to 12 significant digits of the range's magnitude, so that e.g. 0..0.05 in 6 steps gives
         * 0.03 rather than 0.030000000000000002, and -1..2 in 4 steps gives 0 rather than -1e-16.
         */
        @Override
        public List<Object> gridValues(String factorPath) {
            if (steps < 2) {
                throw new IllegalArgumentException("factor '" + factorPath + "': the grid design needs steps >= 2 for a range"
                        + (steps == 0 ? " (steps not given)" : " (got steps = " + steps + ")")
                        + "; or give the factor explicit levels");
            }
            List<Object> out = new ArrayList<>(steps);
            double scale = Math.max(max - min, Math.max(Math.abs(min), Math.abs(max)));
            for (int i = 0; i < steps; i++) {
                double x = i == steps - 1 ? max : min + i * (max - min) / (steps - 1);
                if (!integer) {
                    x = Checks.clean(x, scale);
                }
                out.add(box(Math.max(min, Math.min(max, x))));
            }
            if (integer && out.stream().distinct().count() < steps) {
                long whole = (long) (Math.floor(max) - Math.ceil(min)) + 1;
                throw new IllegalArgumentException("factor '" + factorPath + "': the integer range " + (long) Math.ceil(min)
                        + ".." + (long) Math.floor(max) + " has only " + whole + " whole numbers, fewer than steps = " + steps);
            }
            return Collections.unmodifiableList(out);
        }
    }
}
