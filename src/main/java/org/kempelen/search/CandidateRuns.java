package org.kempelen.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.experiment.ProgressCounter;
import org.kempelen.experiment.RunOutcome;
import org.kempelen.experiment.RunSpec;
import org.kempelen.experiment.SweepEngine;
import org.kempelen.experiment.SweepException;
import org.kempelen.experiment.SweepTask;

/**
 * Simulates candidates on a sweep engine (a local thread pool or Spark): each candidate in every
 * state of the world and replication, as one batch whose outcomes the engine hands back in
 * order. A run is the base scenario with the search's fixed settings, the state's uncertain
 * values, the candidate's levers and the replication's seed (with a shared burn-in, continued
 * from the state's and replication's saved burn-in): a pure function of those, so the values do
 * not depend on where or in which order the runs were done.
 */
final class CandidateRuns {
    private final SearchSpec spec;
    private final StatesOfTheWorld states;
    private final SweepEngine engine;
    private final SweepTask task;
    private final ProgressCounter progress;
    /** The search's directory, whose burn-ins the runs continue from; null: every run burns in on its own. */
    private final Path burnIns;

    CandidateRuns(SearchSpec spec, StatesOfTheWorld states, SweepEngine engine, SweepTask task, ProgressCounter progress, Path burnIns) {
        this.spec = spec;
        this.states = states;
        this.engine = engine;
        this.task = task;
        this.progress = progress;
        this.burnIns = burnIns;
    }

    /** Every run's metrics of each candidate ({@code [candidate][state][replication][metric]}; NaN for a failed run). */
    List<double[][][]> run(List<Map<String, Object>> levers) throws IOException, SweepException {
        int reps = spec.replications();
        List<RunSpec> runs = new ArrayList<>();
        for (int c = 0; c < levers.size(); c++) {
            for (int s = 0; s < states.size(); s++) {
                for (int r = 0; r < reps; r++) {
                    Map<String, Object> values = new LinkedHashMap<>(states.values().get(s));
                    levers.get(c).forEach((k, v) -> {
                        if (v != null) values.put(k, v);
                    });
                    if (burnIns != null) task.continueFrom(runs.size(), StatesOfTheWorld.burnIn(burnIns, s, r));
                    runs.add(new RunSpec(runs.size(), c, s * reps + r, states.seeds()[s][r], values));
                }
            }
        }
        List<String> metrics = spec.metrics();
        List<double[][][]> out = new ArrayList<>();
        for (int c = 0; c < levers.size(); c++) out.add(new double[states.size()][reps][metrics.size()]);
        engine.run(runs, task, o -> record(o, out, metrics, reps), progress);
        return out;
    }

    private static void record(RunOutcome o, List<double[][][]> out, List<String> metrics, int reps) {
        double[] row = out.get(o.spec().point())[o.spec().replication() / reps][o.spec().replication() % reps];
        for (int m = 0; m < row.length; m++) {
            Double v = o.ok() ? o.metrics().get(metrics.get(m)) : null;
            row[m] = v == null ? Double.NaN : v;
        }
    }
}
