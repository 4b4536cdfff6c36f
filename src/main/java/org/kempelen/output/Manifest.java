package org.kempelen.output;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Provenance of a run: what was run (scenario, hash, seed, software), how much work it did and
 * how long it took. Work is counted on the recorded days and, apart, in the burn-in before them;
 * the speed counts both, since both were computed. {@code workerSample} is the share of workers
 * written to workers.csv (NaN when no microdata was written); {@code threads} the threads of the
 * work phase. The timing fields are the only part of a run's files that differ between identical
 * runs; with another number of threads, {@code threads} differs too. {@code fromState} names the
 * saved state a run continued from (null: it ran its own burn-in); its outputs are those of the
 * uninterrupted run.
 */
public record Manifest(String scenarioName, String scenarioFile, List<String> overrides, String scenarioSha256, long seed,
                       int days, int population, Instant started, Instant finished, long workerDays, long offersEvaluated,
                       int burnInDays, long burnInWorkerDays, long burnInOffersEvaluated, double workerSample, int threads,
                       String fromState) {

    /** Keys whose values change from one identical run to the next. */
    public static final List<String> TIMING_KEYS = List.of("started", "finished", "wall_seconds", "offers_evaluated_per_second");
    /** Keys that say how a run was computed, not what: the timings and the threads (the other files are the same for any number). */
    public static final List<String> EXECUTION_KEYS = List.of("threads", "from_state", "started", "finished", "wall_seconds", "offers_evaluated_per_second");

    public Map<String, Object> toMap() {
        double wall = (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kempelen_version", BuildInfo.version());
        out.put("commit", BuildInfo.commit());
        out.put("scenario", scenarioName);
        out.put("scenario_file", scenarioFile);
        out.put("overrides", overrides);
        out.put("scenario_sha256", scenarioSha256);
        out.put("seed", seed);
        out.put("days", days);
        out.put("population", population);
        out.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        out.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        out.put("threads", threads);
        if (fromState != null) out.put("from_state", fromState);
        out.put("worker_days", workerDays);
        out.put("offers_evaluated", offersEvaluated);
        out.put("burn_in_days", burnInDays);
        out.put("burn_in_worker_days", burnInWorkerDays);
        out.put("burn_in_offers_evaluated", burnInOffersEvaluated);
        out.put("worker_sample", workerSample);
        out.put("started", started.toString());
        out.put("finished", finished.toString());
        out.put("wall_seconds", wall);
        out.put("offers_evaluated_per_second", wall > 0 ? (offersEvaluated + burnInOffersEvaluated) / wall : Double.NaN);
        return out;
    }
}
