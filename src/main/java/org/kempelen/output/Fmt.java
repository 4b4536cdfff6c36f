package org.kempelen.output;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Number formatting for result files: locale-free, at most 10 significant digits (beyond the
 * model's precision, short enough to read), "NA" where a value is not available.
 */
public final class Fmt {
    private static final MathContext DIGITS = new MathContext(10);

    private Fmt() {}

    public static String value(Object v) {
        if (v == null) return "NA";
        if (v instanceof Double d) return number(d);
        if (v instanceof Float f) return number(f.doubleValue());
        return v.toString();
    }

    public static String number(double d) {
        if (!Double.isFinite(d)) return "NA";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return new BigDecimal(d).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** The same rounding as {@link #number}, as a value for JSON (null when not available). */
    public static BigDecimal json(double d) {
        if (!Double.isFinite(d)) return null;
        return new BigDecimal(number(d));
    }
}
