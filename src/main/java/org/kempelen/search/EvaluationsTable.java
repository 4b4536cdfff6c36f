package org.kempelen.search;

import java.util.ArrayList;
import java.util.List;
import org.kempelen.experiment.design.Factor;
import org.kempelen.output.CsvWriter;

/**
 * evaluations.csv: one row per candidate and state of the world, with the candidate's levers,
 * the state's uncertain values, and each metric of the objectives and constraints (its mean
 * over the replications). The base scenario is candidate 0, origin {@code base}.
 */
final class EvaluationsTable {
    static final String FILE = "evaluations.csv";

    private final SearchSpec spec;
    private final StatesOfTheWorld states;

    EvaluationsTable(SearchSpec spec, StatesOfTheWorld states) {
        this.spec = spec;
        this.states = states;
    }

    String header() {
        List<Object> h = new ArrayList<>(List.of("candidate", "generation", "origin"));
        spec.levers().forEach(f -> h.add(f.path()));
        h.add("state");
        spec.uncertain().forEach(f -> h.add(f.path()));
        h.addAll(spec.metrics());
        return CsvWriter.line(h.toArray());
    }

    String rows(Candidate c) {
        StringBuilder b = new StringBuilder();
        List<double[]> perState = new ArrayList<>();
        for (int m = 0; m < spec.metrics().size(); m++) perState.add(c.perState(m));
        for (int s = 0; s < states.size(); s++) {
            List<Object> row = new ArrayList<>(List.of(c.id(), c.isBase() ? "NA" : c.generation(), c.isBase() ? "base" : "search"));
            for (Factor f : spec.levers()) row.add(c.levers().get(f.path()));
            row.add(s);
            for (Factor f : spec.uncertain()) row.add(states.values().get(s).get(f.path()));
            for (double[] v : perState) row.add(v[s]);
            b.append(CsvWriter.line(row.toArray()));
        }
        return b.toString();
    }
}
