package org.kempelen.search;

/**
 * The evolutionary search: which algorithm, its population (candidates per generation), the
 * budget of candidate evaluations (whole generations: the budget is rounded down to a multiple
 * of the population), and the seed of its own random numbers.
 */
public record AlgorithmSettings(Algorithm algorithm, int populationSize, int maxEvaluations, long seed) {
    /** NSGA-II (the default) and NSGA-III, both generational, so that a generation is evaluated at once. */
    public enum Algorithm { nsga2, nsga3 }

    public AlgorithmSettings {
        if (populationSize < 4) throw new IllegalArgumentException("a population of " + populationSize + " is too small; at least 4");
        if (maxEvaluations < populationSize) {
            throw new IllegalArgumentException("a budget of " + maxEvaluations + " evaluations is less than one generation of " + populationSize);
        }
    }

    /** The generations the budget pays for, the first (random) one included. */
    public int generations() {
        return maxEvaluations / populationSize;
    }

    public AlgorithmSettings withMaxEvaluations(int max) {
        return new AlgorithmSettings(algorithm, populationSize, max, seed);
    }
}
