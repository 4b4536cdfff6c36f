package org.kempelen.calibration;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The method-of-simulated-moments sandwich at the optimum, given the Jacobian G of the mean
 * moments (rows: comparisons, columns: parameters), the weights W = diag(w) of the objective and
 * the moments' uncertainty Σ = diag(sigma2): Var(θ) = (G'WG)^-1 G'W Σ W G (G'WG)^-1. A parameter
 * whose column of G is near zero, or collinear with others, is not identified and gets no
 * standard error; the others' are computed with it held at its fitted value.
 */
final class Sandwich {
    /**
     * A singular value of W^1/2 G D (D the parameters' ranges) below this is zero: moving the
     * parameters along its direction across their whole ranges moves the targets by less than a
     * thousandth of their tolerance, which no target can tell from no effect.
     */
    static final double NO_EFFECT = 1e-3;
    /** ... and below this share of the largest, zero for the arithmetic (collinear columns). */
    static final double COLLINEAR = 1e-9;
    /** A parameter is not identified when this much of its unit direction (squared) lies in the null space. */
    static final double IN_NULL_SPACE = 0.01;
    /** Parameters with at least this fraction of the largest share in the null space leave it together. */
    static final double TOGETHER = 0.5;

    /** Per parameter: identified or not, and its standard error (NaN when not identified). */
    record Result(boolean[] identified, double[] se) {}

    private Sandwich() {}

    static Result of(double[][] g, double[] w, double[] sigma2, double[] ranges) {
        int d = ranges.length;
        int m = g.length;
        boolean[] identified = identified(g, w, ranges);
        double[] se = new double[d];
        java.util.Arrays.fill(se, Double.NaN);
        int[] cols = java.util.stream.IntStream.range(0, d).filter(j -> identified[j]).toArray();
        if (cols.length == 0) return new Result(identified, se);
        RealMatrix gs = new Array2DRowRealMatrix(m, cols.length);
        for (int i = 0; i < m; i++) for (int c = 0; c < cols.length; c++) gs.setEntry(i, c, g[i][cols[c]]);
        RealMatrix wm = MatrixUtils.createRealDiagonalMatrix(w);
        RealMatrix sm = MatrixUtils.createRealDiagonalMatrix(sigma2);
        RealMatrix gtw = gs.transpose().multiply(wm);
        RealMatrix bread;
        try {
            bread = new LUDecomposition(gtw.multiply(gs)).getSolver().getInverse();
        } catch (SingularMatrixException e) {
            // The rank test let through columns the arithmetic cannot separate: none is identified.
            return new Result(new boolean[d], se);
        }
        RealMatrix var = bread.multiply(gtw.multiply(sm).multiply(gtw.transpose())).multiply(bread);
        for (int c = 0; c < cols.length; c++) se[cols[c]] = Math.sqrt(Math.max(0, var.getEntry(c, c)));
        return new Result(identified, se);
    }

    /**
     * Which parameters the rows of G identify: from the singular values of W^1/2 G D, scaled so
     * that each column is the targets' move in tolerance units over the parameter's whole range
     * (units then do not decide it). While the parameters still in play have a null space (a
     * near-zero column, a set of collinear ones, or more parameters than comparisons), those with
     * the largest share of their direction in it (at least half the largest share, so that
     * parameters that only move the targets together leave together) are not identified and
     * leave; the rest are identified with them held at their fitted values. So with fewer targets
     * than parameters the ones the targets cannot tell apart are named, not every parameter with a
     * trace of the null direction.
     */
    static boolean[] identified(double[][] g, double[] w, double[] ranges) {
        int d = ranges.length;
        boolean[] in = new boolean[d];
        java.util.Arrays.fill(in, true);
        while (true) {
            double[] share = nullShares(g, w, ranges, in);
            double largest = 0;
            for (int j = 0; j < d; j++) if (in[j]) largest = Math.max(largest, share[j]);
            if (largest < IN_NULL_SPACE) return in;
            for (int j = 0; j < d; j++) if (in[j] && share[j] >= TOGETHER * largest) in[j] = false;
        }
    }

    /** Per parameter still in play, the share (squared) of its unit direction in the null space of W^1/2 G D over those parameters. */
    private static double[] nullShares(double[][] g, double[] w, double[] ranges, boolean[] in) {
        int d = ranges.length;
        int m = g.length;
        int[] cols = java.util.stream.IntStream.range(0, d).filter(j -> in[j]).toArray();
        double[] out = new double[d];
        if (cols.length == 0) return out;
        // Padded with zero rows to at least as many rows as columns, so the SVD gives every right singular vector, the null space included.
        RealMatrix a = new Array2DRowRealMatrix(Math.max(m, cols.length), cols.length);
        for (int i = 0; i < m; i++) for (int c = 0; c < cols.length; c++) a.setEntry(i, c, Math.sqrt(w[i]) * g[i][cols[c]] * ranges[cols[c]]);
        SingularValueDecomposition svd = new SingularValueDecomposition(a);
        double[] s = svd.getSingularValues();
        RealMatrix v = svd.getV();
        double largest = s.length == 0 ? 0 : s[0];
        for (int k = 0; k < s.length; k++) {
            if (s[k] >= NO_EFFECT && s[k] >= COLLINEAR * largest) continue;
            for (int c = 0; c < cols.length; c++) out[cols[c]] += v.getEntry(c, k) * v.getEntry(c, k);
        }
        return out;
    }
}
