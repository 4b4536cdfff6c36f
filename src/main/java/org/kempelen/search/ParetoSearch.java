package org.kempelen.search;

import java.util.ArrayList;
import java.util.List;
import org.moeaframework.algorithm.AbstractEvolutionaryAlgorithm;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.algorithm.NSGAIII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Population;
import org.moeaframework.core.Problem;
import org.moeaframework.core.Solution;
import org.moeaframework.core.variable.EncodingUtils;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.AbstractProblem;

/**
 * The evolutionary loop over MOEA Framework, for any problem whose candidates are points of the
 * unit cube: the algorithm proposes a whole generation, the {@link Evaluator} evaluates it at
 * once (in parallel, as it likes) and hands back each candidate's scores in order, and the
 * algorithm goes on. The algorithm's random numbers come from MOEA Framework's one generator,
 * seeded here, and nothing else draws from it, so the candidates proposed depend only on the
 * seed and the scores: the same on any number of threads, and on a resumed search that replays
 * the scores it had. That generator is global to the JVM, so searches in one JVM take turns.
 */
public final class ParetoSearch {
    /** Objectives (each minimised) and constraint violations (0: met) of one candidate. */
    public record Scores(double[] objectives, double[] violations) {}

    /** Evaluates candidates for the search. */
    public interface Evaluator {
        /**
         * Evaluates generation {@code generation}'s candidates (positions in [0, 1]^d, in the
         * algorithm's order) and returns the id under which {@link #scores} knows each.
         */
        int[] evaluate(int generation, List<double[]> positions) throws Exception;

        /** Candidate {@code id}'s scores now (a regret moves as better candidates appear, so they are asked anew each generation). */
        Scores scores(int id);
    }

    /** Carries a checked failure of the evaluator out through the algorithm. */
    private static final class Stop extends RuntimeException {
        Stop(Exception cause) {
            super(cause);
        }
    }

    private static final Object ONE_AT_A_TIME = new Object();
    private static final String ID = "kempelen.candidate";

    private ParetoSearch() {}

    /**
     * Runs {@code settings.generations()} generations of {@code settings.populationSize()}
     * candidates in {@code variables} dimensions with {@code objectives} objectives and
     * {@code constraints} constraints.
     */
    public static void run(int variables, int objectives, int constraints, AlgorithmSettings settings, Evaluator evaluator) throws Exception {
        synchronized (ONE_AT_A_TIME) {
            PRNG.setSeed(settings.seed());
            Problem problem = new UnitCube(variables, objectives, constraints);
            AbstractEvolutionaryAlgorithm algorithm = algorithm(problem, settings, evaluator);
            try {
                for (int g = 0; g < settings.generations(); g++) algorithm.step();
            } catch (Stop s) {
                throw (Exception) s.getCause();
            }
        }
    }

    private static AbstractEvolutionaryAlgorithm algorithm(Problem problem, AlgorithmSettings settings, Evaluator evaluator) {
        int[] generation = {0};
        return switch (settings.algorithm()) {
            case nsga2 -> new NSGAII(problem) {
                {
                    setInitialPopulationSize(settings.populationSize());
                }

                @Override
                public void evaluateAll(Iterable<Solution> solutions) {
                    numberOfEvaluations += evaluateGeneration(generation[0]++, solutions, getPopulation(), evaluator);
                }

                @Override
                public void evaluateAll(Solution[] solutions) {
                    evaluateAll(List.of(solutions));
                }
            };
            case nsga3 -> new NSGAIII(problem) {
                {
                    setInitialPopulationSize(settings.populationSize());
                }

                @Override
                public void evaluateAll(Iterable<Solution> solutions) {
                    numberOfEvaluations += evaluateGeneration(generation[0]++, solutions, getPopulation(), evaluator);
                }

                @Override
                public void evaluateAll(Solution[] solutions) {
                    evaluateAll(List.of(solutions));
                }
            };
        };
    }

    /**
     * Evaluates a generation, then scores it and the population it will join anew, so that the
     * algorithm's next ranking sees every candidate measured against the same best values.
     */
    private static int evaluateGeneration(int generation, Iterable<Solution> solutions, Population population, Evaluator evaluator) {
        List<Solution> batch = new ArrayList<>();
        solutions.forEach(batch::add);
        List<double[]> positions = new ArrayList<>();
        for (Solution s : batch) positions.add(EncodingUtils.getReal(s));
        int[] ids;
        try {
            ids = evaluator.evaluate(generation, positions);
        } catch (Exception e) {
            throw new Stop(e);
        }
        for (int i = 0; i < batch.size(); i++) batch.get(i).setAttribute(ID, ids[i]);
        for (Solution s : population) score(s, evaluator);
        for (Solution s : batch) score(s, evaluator);
        return batch.size();
    }

    private static void score(Solution s, Evaluator evaluator) {
        Scores scores = evaluator.scores((Integer) s.getAttribute(ID));
        s.setObjectives(scores.objectives());
        s.setConstraints(scores.violations());
    }

    /** [0, 1]^d, evaluated by the evaluator in whole generations, never one by one. */
    static final class UnitCube extends AbstractProblem {
        UnitCube(int variables, int objectives, int constraints) {
            super(variables, objectives, constraints);
        }

        @Override
        public void evaluate(Solution solution) {
            throw new IllegalStateException("candidates are evaluated a generation at a time");
        }

        @Override
        public Solution newSolution() {
            Solution s = new Solution(getNumberOfVariables(), getNumberOfObjectives(), getNumberOfConstraints());
            for (int i = 0; i < getNumberOfVariables(); i++) s.setVariable(i, new RealVariable(0, 1));
            return s;
        }
    }
}
