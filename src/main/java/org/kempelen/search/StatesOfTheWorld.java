package org.kempelen.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.experiment.RunSpec;
import org.kempelen.experiment.design.LatinHypercubeDesign;

/**
 * The states of the world every candidate is evaluated in: a Latin hypercube of the uncertain
 * parameters (one state, the base's values, without any), and the seed of each replication in
 * each state, the same for every candidate (common random numbers: candidates differ by their
 * levers, not by luck).
 */
public record StatesOfTheWorld(List<Map<String, Object>> values, long[][] seeds) {
    public static StatesOfTheWorld of(SearchSpec spec) {
        List<Map<String, Object>> values = new ArrayList<>();
        if (spec.uncertain().isEmpty()) values.add(new LinkedHashMap<>());
        else values.addAll(new LatinHypercubeDesign(spec.states()).plan(spec.uncertain(), spec.statesSeed()).points());
        long[][] seeds = new long[values.size()][spec.replications()];
        for (int s = 0; s < seeds.length; s++) for (int r = 0; r < seeds[s].length; r++) seeds[s][r] = RunSpec.seed(spec.seed(), s, r);
        return new StatesOfTheWorld(List.copyOf(values), seeds);
    }

    public int size() {
        return values.size();
    }

    /** Where a search with a shared burn-in keeps the burn-in of state {@code s}, replication {@code r} (from 0). */
    public static Path burnIn(Path out, int s, int r) {
        return out.resolve(BURN_INS).resolve("state-" + s + "-replication-" + (r + 1) + ".state");
    }

    /** The folder of the burn-ins, in the search's directory. */
    static final String BURN_INS = "states";

    /** The command-line overrides of state {@code s}, replication {@code r}: its uncertain values and its seed. */
    public List<String> overrides(int s, int r) {
        List<String> out = new ArrayList<>();
        values.get(s).forEach((k, v) -> out.add(k + "=" + v));
        out.add("seed=" + seeds[s][r]);
        return out;
    }
}
