package org.kempelen.experiment.design;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shared argument checks and helpers of the designs. */
final class Checks {
    /** The most points any design makes: a guard against settings that would exhaust memory. */
    static final long MAX_POINTS = 10_000_000L;

    private Checks() {
    }

    /** The factors, checked: at least one, no nulls, no duplicate paths. */
    static List<Factor> factors(List<Factor> factors) {
        if (factors == null || factors.isEmpty()) {
            throw new IllegalArgumentException("no factors: a design needs at least one factor to vary");
        }
        Set<String> seen = new HashSet<>();
        for (Factor f : factors) {
            if (f == null) {
                throw new IllegalArgumentException("factors: the list contains a missing (null) factor");
            }
            if (!seen.add(f.path())) {
                throw new IllegalArgumentException("factor '" + f.path() + "' is given more than once");
            }
        }
        return factors;
    }

    static int positive(String design, String setting, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(design + " design: " + setting + " must be at least 1, got " + value);
        }
        return value;
    }

    static void maxPoints(String design, long points, String how) {
        if (points > MAX_POINTS) {
            throw new IllegalArgumentException(design + " design: " + how + " = " + points + " points, more than the limit of "
                    + MAX_POINTS);
        }
    }

    /** n * m, or Long.MAX_VALUE on overflow (then refused by {@link #maxPoints}). */
    static long times(long n, long m) {
        try {
            return Math.multiplyExact(n, m);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    static void unit(double u) {
        if (!(u >= 0.0 && u <= 1.0)) {
            throw new IllegalArgumentException("unit coordinate " + u + " is outside [0, 1]");
        }
    }

    /**
     * Rounds x to 12 significant digits of {@code scale} (removes binary noise such as
     * 0.30000000000000004, or -1.1e-16 for 0, in values of that magnitude).
     */
    static double clean(double x, double scale) {
        if (!(scale > 0) || !Double.isFinite(x) || !Double.isFinite(scale)) {
            return x;
        }
        int decimals = 11 - (int) Math.floor(Math.log10(scale));
        double r = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
        return r == 0.0 ? 0.0 : r;   // no -0.0
    }

    /** The point whose factor i has unit coordinate u[i]. */
    static Map<String, Object> point(List<Factor> factors, double[] u) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            p.put(f.path(), f.domain().value(u[i]));
        }
        return p;
    }
}
