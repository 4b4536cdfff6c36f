package org.kempelen.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.output.CsvWriter;
import org.moeaframework.core.NondominatedPopulation;
import org.moeaframework.core.Solution;
import org.moeaframework.core.indicator.Hypervolume;

/**
 * The hypervolume of the front found up to each generation (the search's candidates; the base
 * is not counted), all measured in one box so that they compare: each objective as minimised,
 * from its best value over the search's feasible candidates (the ideal point, 0) to 10 % beyond
 * its worst (the reference point, 1); the hypervolume is the share of that box the front
 * dominates. Robust values are the final ones (a regret against the best of the whole search).
 */
record Hypervolumes(double[] byGeneration, int[] frontSizes, int[] evaluations, double[] ideal, double[] reference) {
    static final double MARGIN = 0.1;

    static Hypervolumes of(PolicySearch.Result r) {
        int generations = r.spec().algorithm().generations();
        int m = r.spec().objectives().size();
        List<double[]> minimised = new ArrayList<>();
        for (int i = 0; i < r.candidates().size(); i++) {
            double[] v = r.objectives().get(i).clone();
            for (int o = 0; o < m; o++) v[o] = r.spec().objectives().get(o).minimised(v[o]);
            minimised.add(v);
        }
        double[] ideal = new double[m];
        double[] nadir = new double[m];
        java.util.Arrays.fill(ideal, Double.NaN);
        java.util.Arrays.fill(nadir, Double.NaN);
        for (int i = 1; i < minimised.size(); i++) {
            if (!r.feasible()[i]) continue;
            for (int o = 0; o < m; o++) {
                double v = minimised.get(i)[o];
                ideal[o] = Double.isNaN(ideal[o]) ? v : Math.min(ideal[o], v);
                nadir[o] = Double.isNaN(nadir[o]) ? v : Math.max(nadir[o], v);
            }
        }
        double[] reference = new double[m];
        for (int o = 0; o < m; o++) {
            double span = nadir[o] - ideal[o];
            reference[o] = nadir[o] + MARGIN * (span > 0 ? span : Math.max(1e-12, Math.abs(nadir[o])));
        }
        double[] hv = new double[generations];
        int[] sizes = new int[generations];
        int[] evaluations = new int[generations];
        Hypervolume indicator = Double.isNaN(ideal[0]) ? null
                : new Hypervolume(new ParetoSearch.UnitCube(1, m, 0), ideal, reference);
        for (int g = 0; g < generations; g++) {
            NondominatedPopulation front = new NondominatedPopulation();
            int count = 0;
            for (Candidate c : r.candidates()) {
                if (c.isBase() || c.generation() > g + 1) continue;
                count++;
                if (!r.feasible()[c.id()]) continue;
                Solution s = new Solution(0, m);
                s.setObjectives(minimised.get(c.id()));
                front.add(s);
            }
            evaluations[g] = count;
            sizes[g] = front.size();
            hv[g] = indicator == null || front.isEmpty() ? Double.NaN : indicator.evaluate(front);
        }
        return new Hypervolumes(hv, sizes, evaluations, ideal, reference);
    }

    String csv() {
        StringBuilder b = new StringBuilder(CsvWriter.line("generation", "evaluations", "front_size", "hypervolume"));
        for (int g = 0; g < byGeneration.length; g++) b.append(CsvWriter.line(g + 1, evaluations[g], frontSizes[g], byGeneration[g]));
        return b.toString();
    }

    Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("objectives_minimised", "each objective as the optimiser minimises it (maximised ones negated)");
        m.put("ideal_point", java.util.Arrays.stream(ideal).boxed().toList());
        m.put("reference_point", java.util.Arrays.stream(reference).boxed().toList());
        m.put("final", byGeneration.length == 0 ? null : byGeneration[byGeneration.length - 1]);
        return m;
    }
}
