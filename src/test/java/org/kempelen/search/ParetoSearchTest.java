package org.kempelen.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moeaframework.core.NondominatedPopulation;
import org.moeaframework.core.Solution;
import org.moeaframework.core.indicator.Hypervolume;
import org.moeaframework.core.variable.EncodingUtils;
import org.moeaframework.problem.ZDT.ZDT1;

/**
 * The optimiser, through the same loop the policy search uses, against a standard test problem
 * whose true front the library ships (pf/ZDT1.pf): it must come within a stated share of the
 * front's hypervolume, and propose the same candidates for the same seed.
 */
class ParetoSearchTest {
    /** ZDT1 (30 variables in [0, 1], two objectives), evaluated a generation at a time. */
    private static final class Zdt1 implements ParetoSearch.Evaluator {
        final ZDT1 problem = new ZDT1();
        final List<Solution> evaluated = new ArrayList<>();

        @Override
        public int[] evaluate(int generation, List<double[]> positions) {
            int[] ids = new int[positions.size()];
            for (int i = 0; i < ids.length; i++) {
                Solution s = problem.newSolution();
                EncodingUtils.setReal(s, positions.get(i));
                problem.evaluate(s);
                ids[i] = evaluated.size();
                evaluated.add(s);
            }
            return ids;
        }

        @Override
        public ParetoSearch.Scores scores(int id) {
            return new ParetoSearch.Scores(evaluated.get(id).getObjectives(), new double[0]);
        }
    }

    @Test
    void nsga2FindsTheKnownFrontOfZdt1() throws Exception {
        Zdt1 zdt1 = new Zdt1();
        ParetoSearch.run(30, 2, 0, new AlgorithmSettings(AlgorithmSettings.Algorithm.nsga2, 100, 25_000, 7), zdt1);
        NondominatedPopulation reference = NondominatedPopulation.loadReferenceSet("pf/ZDT1.pf");
        Hypervolume hv = new Hypervolume(zdt1.problem, reference);
        double found = hv.evaluate(new NondominatedPopulation(zdt1.evaluated));
        double best = hv.evaluate(reference);
        // Stated tolerance: within 1 % of the true front's hypervolume after 250 generations of 100.
        assertTrue(found >= 0.99 * best, "hypervolume " + found + " of the front found, " + best + " of the true front");
    }

    @Test
    void nsga3RunsThroughTheSameLoop() throws Exception {
        Zdt1 zdt1 = new Zdt1();
        ParetoSearch.run(30, 2, 0, new AlgorithmSettings(AlgorithmSettings.Algorithm.nsga3, 20, 2_000, 7), zdt1);
        assertTrue(zdt1.evaluated.size() >= 2_000 - 20, "whole generations, " + zdt1.evaluated.size() + " evaluations");
        NondominatedPopulation reference = NondominatedPopulation.loadReferenceSet("pf/ZDT1.pf");
        Hypervolume hv = new Hypervolume(zdt1.problem, reference);
        assertTrue(hv.evaluate(new NondominatedPopulation(zdt1.evaluated)) > 0.5 * hv.evaluate(reference), "it makes progress");
    }

    @Test
    void theSameSeedProposesTheSameCandidates() throws Exception {
        Zdt1 a = new Zdt1();
        Zdt1 b = new Zdt1();
        AlgorithmSettings s = new AlgorithmSettings(AlgorithmSettings.Algorithm.nsga2, 20, 200, 3);
        ParetoSearch.run(30, 2, 0, s, a);
        ParetoSearch.run(30, 2, 0, s, b);
        for (int i = 0; i < a.evaluated.size(); i++) assertArrayEquals(EncodingUtils.getReal(a.evaluated.get(i)), EncodingUtils.getReal(b.evaluated.get(i)));
    }
}
