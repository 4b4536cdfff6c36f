package org.kempelen.experiment.design;

/**
 * Which role a point plays in a design, as far as a sensitivity analysis needs to know it: its
 * place in the Sobol matrices, or its step in a Morris trajectory. Points of the other designs
 * are {@link Sample}s. {@link #label()} is a short text for output files.
 */
public sealed interface Role permits Role.Sample, Role.Sobol, Role.Morris {

    /** A short label for output files, e.g. {@code "A"}, {@code "AB2"}, {@code "t3s1"}. */
    String label();

    /** A point with no structure an analysis relies on (grid, random, lhs, csv). */
    record Sample() implements Role {
        @Override
        public String label() {
            return "";
        }
    }

    /** The Sobol (Saltelli) matrices: A, B, and AB_i (A with column i taken from B). */
    enum Matrix { A, B, AB }

    /**
     * A row of a Saltelli matrix.
     *
     * @param matrix A, B or AB
     * @param column for AB, the 0-based index of the factor whose column comes from B; -1 for A and B
     * @param row    the 0-based base row, 0..N-1; the same row of A, B and every AB_i belongs together
     */
    record Sobol(Matrix matrix, int column, int row) implements Role {
        @Override
        public String label() {
            return matrix == Matrix.AB ? "AB" + (column + 1) : matrix.name();
        }
    }

    /**
     * A point of a Morris trajectory.
     *
     * @param trajectory 0-based trajectory index
     * @param step       0 for the trajectory's start point, 1..k for the points after it
     * @param factor     for step >= 1, the 0-based index of the factor changed from the previous
     *                   point; -1 at step 0
     * @param delta      for step >= 1, the signed change of that factor in unit coordinates
     *                   (+delta or -delta); 0 at step 0
     */
    record Morris(int trajectory, int step, int factor, double delta) implements Role {
        @Override
        public String label() {
            return "t" + (trajectory + 1) + "s" + step;
        }
    }
}
