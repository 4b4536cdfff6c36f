package org.kempelen.search;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.experiment.ProgressCounter;
import org.kempelen.experiment.SharedBurnIn;
import org.kempelen.experiment.Sweep;
import org.kempelen.experiment.SweepEngine;
import org.kempelen.experiment.SweepProgress;
import org.kempelen.experiment.SweepTask;
import org.kempelen.output.BuildStamps;
import org.kempelen.output.DirectoryLock;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioSnapshot;

/**
 * A policy search, the Java API behind {@code kempelen optimize}: evaluates the base scenario,
 * then runs the evolutionary search generation by generation, every candidate simulated in every
 * state of the world with the same seeds, each generation's runs on the engine at once; every
 * candidate goes to the {@link SearchJournal}; at the end the front, the hypervolume, the
 * figures, the report, the front's scenario files and the manifest are written
 * ({@link SearchOutputs}). A resumed search replays the journal's candidates to the
 * (deterministic) optimiser instead of simulating them.
 */
public final class PolicySearch {
    /** How to run: the engine (null: a local pool of {@code threads}), resume, builds, a budget overriding the file's, progress. */
    public record Options(int threads, SweepEngine engineOrNull, boolean resume, boolean allowBuildChange, Integer maxEvaluations,
                          SweepProgress progress, PrintWriter log) {
        public static Options threads(int n) {
            return new Options(n, null, false, false, null, SweepProgress.NONE, new PrintWriter(java.io.Writer.nullWriter()));
        }

        public Options withEngine(SweepEngine e) {
            return new Options(threads, e, resume, allowBuildChange, maxEvaluations, progress, log);
        }

        public Options withResume(boolean r, boolean allowBuild) {
            return new Options(threads, engineOrNull, r, allowBuild, maxEvaluations, progress, log);
        }

        public Options withMaxEvaluations(Integer max) {
            return new Options(threads, engineOrNull, resume, allowBuildChange, max, progress, log);
        }

        public Options withProgress(SweepProgress p, PrintWriter l) {
            return new Options(threads, engineOrNull, resume, allowBuildChange, maxEvaluations, p, l);
        }

        SweepEngine engine() {
            return engineOrNull != null ? engineOrNull : Sweep.Options.threads(threads).engine();
        }
    }

    /** What a search found: every candidate, their robust values, the front (candidate ids), the builds. */
    public record Result(SearchSpec spec, StatesOfTheWorld states, List<Candidate> candidates, List<double[]> objectives,
                         List<double[]> constraints, boolean[] feasible, List<Integer> front, BuildStamps builds, Path out) {}

    private PolicySearch() {}

    /** Runs (or resumes) {@code spec} into {@code out}. */
    public static Result run(SearchSpec spec, Options options, Path out) throws Exception {
        if (options.maxEvaluations() != null) {
            try {
                spec = spec.withAlgorithm(spec.algorithm().withMaxEvaluations(options.maxEvaluations()));
            } catch (IllegalArgumentException e) {
                throw new SearchException("--max-evaluations: " + e.getMessage());
            }
        }
        StatesOfTheWorld states = StatesOfTheWorld.of(spec);
        SweepTask task;
        try {
            task = SweepTask.of(ScenarioSnapshot.of(spec.scenario()), spec.overrides());
        } catch (ScenarioException e) {
            throw new SearchException(e.getMessage());
        }
        try (DirectoryLock lock = DirectoryLock.acquire(out)) {
            Instant started = Instant.now();
            Result result;
            try (SearchJournal journal = SearchJournal.open(spec, states, out, options.resume(), options.allowBuildChange())) {
                if (spec.sharedBurnIn()) burnIn(spec, states, task, options, out);
                result = search(spec, states, task, journal, options, out);
            }
            SearchOutputs.write(result, options.engine().name(), started, Instant.now());
            return result;
        }
    }

    /** One burn-in per state and replication, under the base's levers, saved in the search's directory (kept when resuming). */
    private static void burnIn(SearchSpec spec, StatesOfTheWorld states, SweepTask task, Options options, Path out) throws Exception {
        if (options.engineOrNull() != null) {
            throw new SearchException("burnIn: shared runs on this machine's threads (the burn-ins are files here); leave out --engine spark,"
                    + " or use burnIn: separate");
        }
        Map<Path, List<String>> burnIns = new java.util.LinkedHashMap<>();
        for (int st = 0; st < states.size(); st++) {
            for (int r = 0; r < spec.replications(); r++) {
                List<String> overrides = new ArrayList<>(spec.overrides());
                overrides.addAll(states.overrides(st, r));
                burnIns.put(StatesOfTheWorld.burnIn(out, st, r), overrides);
            }
        }
        options.log().println("burning in " + burnIns.size() + (burnIns.size() == 1 ? " market" : " markets") + " (one per state and replication)");
        options.log().flush();
        SharedBurnIn.save(task, burnIns, options.threads(), true);
    }

    private static Result search(SearchSpec spec, StatesOfTheWorld states, SweepTask task, SearchJournal journal, Options options, Path out)
            throws Exception {
        List<Candidate> replay = journal.replayed();
        int perCandidate = states.size() * spec.replications();
        int total = (1 + spec.algorithm().generations() * spec.algorithm().populationSize()) * perCandidate;
        int replayedRuns = Math.min(replay.size() * perCandidate, total);
        ProgressCounter progress = new ProgressCounter(options.progress(), replayedRuns, 0, total);
        CandidateRuns runs = new CandidateRuns(spec, states, options.engine(), task, progress, spec.sharedBurnIn() ? out : null);
        RobustValues values = new RobustValues(spec, states.size());
        SearchSpec s = spec;
        // The base scenario, candidate 0, with its own lever values: the mark on the trade-off figures.
        List<double[]> none = List.of(nanPosition(s));
        evaluate(s, -1, none, List.of(s.baseLevers()), replay, runs, values, journal);
        ParetoSearch.run(s.levers().size(), s.objectives().size(), s.constraints().size() + 1, s.algorithm(), new ParetoSearch.Evaluator() {
            @Override
            public int[] evaluate(int generation, List<double[]> positions) throws Exception {
                List<Map<String, Object>> levers = new ArrayList<>();
                for (double[] p : positions) levers.add(Levers.values(s, p));
                int[] ids = PolicySearch.evaluate(s, generation + 1, positions, levers, replay, runs, values, journal);
                options.log().println(generationLine(s, generation + 1, ids, values, replay.size()));
                options.log().flush();
                return ids;
            }

            @Override
            public ParetoSearch.Scores scores(int id) {
                return values.scores(id);
            }
        });
        progress.close(values.candidates().size() * perCandidate, 0);
        if (values.candidates().size() < replay.size()) {
            throw new SearchException("cannot resume: the journal holds " + replay.size() + " candidates but the search ended after "
                    + values.candidates().size() + " (a smaller --max-evaluations?); give the budget it was started with, or more");
        }
        List<double[]> objectives = new ArrayList<>();
        List<double[]> constraints = new ArrayList<>();
        boolean[] feasible = new boolean[values.candidates().size()];
        for (Candidate c : values.candidates()) {
            objectives.add(values.objectives(c.id()));
            constraints.add(values.constraints(c.id()));
            feasible[c.id()] = values.feasible(c.id());
        }
        return new Result(s, states, List.copyOf(values.candidates()), objectives, constraints, feasible,
                front(values, feasible), journal.builds(), out);
    }

    /**
     * Evaluates one generation: candidates the journal holds are replayed (their position must be
     * the one proposed now), a candidate whose levers equal an earlier one's (two positions within
     * one choice's share, a copy the variation left unchanged) takes that one's runs, which would
     * be the same, and the others are simulated at once; the new ones are journaled in id order.
     */
    private static int[] evaluate(SearchSpec spec, int generation, List<double[]> positions, List<Map<String, Object>> levers,
                                  List<Candidate> replay, CandidateRuns runs, RobustValues values, SearchJournal journal) throws Exception {
        int first = values.candidates().size();
        int[] ids = new int[positions.size()];
        Map<Map<String, Object>, double[][][]> seen = new HashMap<>();
        for (Candidate c : values.candidates()) seen.putIfAbsent(c.levers(), c.values());
        List<Map<String, Object>> toRun = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = first + i;
            if (ids[i] >= replay.size()) {
                if (!seen.containsKey(levers.get(i)) && !toRun.contains(levers.get(i))) toRun.add(levers.get(i));
            } else if (!Arrays.equals(replay.get(ids[i]).positions(), positions.get(i)) || replay.get(ids[i]).generation() != generation) {
                throw new SearchException("cannot resume: candidate " + ids[i] + " of the journal was at " + Arrays.toString(replay.get(ids[i]).positions())
                        + " but the optimiser now proposes " + Arrays.toString(positions.get(i)) + "; the journal was made by another search");
            }
        }
        List<double[][][]> simulated = runs.run(toRun);
        for (int k = 0; k < toRun.size(); k++) seen.put(toRun.get(k), simulated.get(k));
        for (int i = 0; i < ids.length; i++) {
            Candidate c;
            if (ids[i] < replay.size()) {
                c = replay.get(ids[i]);
            } else {
                c = new Candidate(ids[i], generation, positions.get(i), levers.get(i), seen.get(levers.get(i)));
                journal.append(c);
            }
            values.add(c);
        }
        return ids;
    }

    /** The front, each policy once: a candidate with the levers of an earlier member (a copy the search proposed again) is left out. */
    private static List<Integer> front(RobustValues values, boolean[] feasible) {
        List<Integer> out = new ArrayList<>();
        java.util.Set<Map<String, Object>> policies = new java.util.HashSet<>();
        for (int id : Front.of(values.candidates().size(), feasible, values::minimised)) {
            if (policies.add(values.candidates().get(id).levers())) out.add(id);
        }
        return out;
    }

    private static double[] nanPosition(SearchSpec spec) {
        double[] p = new double[spec.levers().size()];
        Arrays.fill(p, Double.NaN);
        return p;
    }

    /** One line on the log per generation: candidates so far, how many feasible, the front's size. */
    private static String generationLine(SearchSpec spec, int generation, int[] ids, RobustValues values, int replayed) {
        int n = values.candidates().size();
        boolean[] feasible = new boolean[n];
        int count = 0;
        for (int i = 0; i < n; i++) if (feasible[i] = values.feasible(i)) count++;
        int front = front(values, feasible).size();
        return "generation " + generation + "/" + spec.algorithm().generations() + (ids[ids.length - 1] < replayed ? " (from journal)" : "")
                + ": " + (n - 1) + " candidates, " + count + " feasible (base included), front of " + front;
    }
}
