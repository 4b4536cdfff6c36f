package org.kempelen.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The candidates' robust values: each objective's and constraint's value over the states of the
 * world summarised by its measure. A regret is measured against the best value in each state of
 * all candidates evaluated so far (the base included), so it is read anew as candidates arrive;
 * at the end of a search, against all of them.
 */
final class RobustValues {
    private final SearchSpec spec;
    private final List<String> metrics;
    /** Per objective, the best per-state value so far (NaN until a candidate has one). */
    private final double[][] best;
    private final List<Candidate> candidates = new ArrayList<>();

    RobustValues(SearchSpec spec, int states) {
        this.spec = spec;
        this.metrics = spec.metrics();
        this.best = new double[spec.objectives().size()][states];
        for (double[] b : best) Arrays.fill(b, Double.NaN);
    }

    /** Adds a candidate (in id order) and moves the best values it beats. */
    void add(Candidate c) {
        if (c.id() != candidates.size()) throw new IllegalStateException("candidate " + c.id() + " arrived as number " + candidates.size());
        candidates.add(c);
        for (int o = 0; o < best.length; o++) {
            Objective objective = spec.objectives().get(o);
            double[] v = c.perState(metrics.indexOf(objective.metric()));
            for (int s = 0; s < v.length; s++) {
                if (!Double.isFinite(v[s])) continue;
                if (Double.isNaN(best[o][s]) || (objective.maximise() ? v[s] > best[o][s] : v[s] < best[o][s])) best[o][s] = v[s];
            }
        }
    }

    List<Candidate> candidates() {
        return candidates;
    }

    /** Candidate {@code id}'s objectives, in their own units and direction (NaN where a run failed). */
    double[] objectives(int id) {
        Candidate c = candidates.get(id);
        double[] out = new double[spec.objectives().size()];
        for (int o = 0; o < out.length; o++) {
            Objective objective = spec.objectives().get(o);
            out[o] = objective.robustness().of(c.perState(metrics.indexOf(objective.metric())), objective.maximise(), best[o]);
        }
        return out;
    }

    /** Candidate {@code id}'s constraint values, robust over the states. */
    double[] constraints(int id) {
        Candidate c = candidates.get(id);
        double[] out = new double[spec.constraints().size()];
        for (int k = 0; k < out.length; k++) {
            Constraint constraint = spec.constraints().get(k);
            out[k] = constraint.robustness().of(c.perState(metrics.indexOf(constraint.metric())), constraint.atLeast(), null);
        }
        return out;
    }

    /** Whether every objective is available and every constraint met. */
    boolean feasible(int id) {
        for (double v : objectives(id)) if (!Double.isFinite(v)) return false;
        double[] k = constraints(id);
        for (int i = 0; i < k.length; i++) if (spec.constraints().get(i).violation(k[i]) > 0) return false;
        return true;
    }

    /**
     * What the optimiser sees: objectives to minimise and violations, one per constraint and a
     * last one for failed runs. A candidate with a failed run is scored as infeasible, with
     * objectives 0, so it loses to any candidate whose runs all finished.
     */
    ParetoSearch.Scores scores(int id) {
        double[] robust = objectives(id);
        double[] minimised = new double[robust.length];
        boolean failed = false;
        for (int o = 0; o < robust.length; o++) {
            failed |= !Double.isFinite(robust[o]);
            minimised[o] = spec.objectives().get(o).minimised(robust[o]);
        }
        double[] k = constraints(id);
        double[] violations = new double[k.length + 1];
        for (int i = 0; i < k.length; i++) violations[i] = Math.min(1e300, spec.constraints().get(i).violation(k[i]));
        if (failed) {
            Arrays.fill(minimised, 0);
            violations[k.length] = 1;
        }
        return new ParetoSearch.Scores(minimised, violations);
    }

    /** Candidate {@code id}'s objectives as minimised, for dominance. */
    double[] minimised(int id) {
        double[] robust = objectives(id);
        double[] out = new double[robust.length];
        for (int o = 0; o < out.length; o++) out[o] = spec.objectives().get(o).minimised(robust[o]);
        return out;
    }
}
