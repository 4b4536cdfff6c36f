package org.kempelen.calibration;

/**
 * The optimiser and its settings. {@code sigma} is the initial step as a share of each
 * parameter's range (CMA-ES's initial standard deviation, BOBYQA's initial trust-region
 * radius); {@code populationSize} is CMA-ES's number of points per generation; {@code seed}
 * seeds CMA-ES's own random numbers, so a calibration can be replayed exactly.
 */
public record OptimiserSettings(Method method, int maxEvaluations, double sigma, int populationSize, long seed) {
    /** The optimisers offered, both derivative-free and bounded (Apache Commons Math). */
    public enum Method { cmaes, bobyqa }

    /** CMA-ES's default number of points per generation for {@code dimension} parameters: 4 + floor(3 ln d). */
    public static int defaultPopulation(int dimension) {
        return 4 + (int) Math.floor(3 * Math.log(dimension));
    }
}
