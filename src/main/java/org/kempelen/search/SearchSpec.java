package org.kempelen.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kempelen.experiment.design.Factor;

/**
 * A policy search as read from its file by {@link SearchLoader}.
 *
 * @param fingerprint  hash of everything the evaluations depend on (the search file and the
 *                     resolved base scenario), so a resume refuses a journal made by other inputs
 * @param overrides    fixed settings of every run ({@code set}), as {@code --set} overrides
 * @param levers       the policy levers searched, each a range, a list of choices or a boolean
 * @param baseLevers   the base scenario's value of each lever (the base is evaluated too, to mark it)
 * @param uncertain    the uncertain parameters and their ranges
 * @param states       the number of states of the world (a Latin hypercube over {@code uncertain}; 1 without any)
 * @param statesSeed   the seed of the Latin hypercube
 * @param replications runs per candidate and state, each with its own seed (the same for every candidate)
 * @param seed         the master seed of the runs' seeds
 * @param sharedBurnIn one burn-in per state and replication under the base's levers, every
 *                     candidate continuing from it (docs/POLICY-SEARCH.md); else each run its own
 */
public record SearchSpec(String name, Path file, String fingerprint, Path scenario, List<String> overrides, List<Factor> levers,
                         Map<String, Object> baseLevers, List<Objective> objectives, List<Constraint> constraints,
                         List<Factor> uncertain, int states, long statesSeed, int replications, long seed,
                         boolean sharedBurnIn, AlgorithmSettings algorithm, Path out) {
    /** The metrics every run must report: the objectives' then the constraints', each once, in that order. */
    public List<String> metrics() {
        java.util.LinkedHashSet<String> m = new java.util.LinkedHashSet<>();
        objectives.forEach(o -> m.add(o.metric()));
        constraints.forEach(c -> m.add(c.metric()));
        return List.copyOf(m);
    }

    public SearchSpec withAlgorithm(AlgorithmSettings a) {
        return new SearchSpec(name, file, fingerprint, scenario, overrides, levers, baseLevers, objectives, constraints, uncertain, states,
                statesSeed, replications, seed, sharedBurnIn, a, out);
    }
}
