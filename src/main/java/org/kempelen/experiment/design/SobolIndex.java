package org.kempelen.experiment.design;

/**
 * First- and total-order Sobol indices of one factor, with 95 % bootstrap percentile confidence
 * intervals (NaN when no bootstrap was asked for, or when too few rows were usable).
 *
 * @param factor the factor's path
 * @param s1     first-order index S1
 * @param s1Low  2.5 % bootstrap percentile of S1
 * @param s1High 97.5 % bootstrap percentile of S1
 * @param st     total-order index ST
 * @param stLow  2.5 % bootstrap percentile of ST
 * @param stHigh 97.5 % bootstrap percentile of ST
 * @param n      the number of base rows used (rows with a NaN output among A, B or AB_i dropped)
 */
public record SobolIndex(String factor, double s1, double s1Low, double s1High,
                         double st, double stLow, double stHigh, int n) {
}
