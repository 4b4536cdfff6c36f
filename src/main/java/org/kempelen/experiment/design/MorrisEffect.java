package org.kempelen.experiment.design;

/**
 * Morris elementary-effect statistics of one factor, on the unit scale (an elementary effect is
 * the output change divided by the step in unit coordinates, i.e. per whole range of the factor).
 *
 * @param factor the factor's path
 * @param mu     mean elementary effect
 * @param muStar mean absolute elementary effect (Campolongo et al. 2007), the screening measure
 * @param sigma  standard deviation of the elementary effects (sample, n-1; NaN when r < 2):
 *               non-linearity or interactions
 * @param r      the number of elementary effects used (steps with a NaN output dropped)
 */
public record MorrisEffect(String factor, double mu, double muStar, double sigma, int r) {
}
