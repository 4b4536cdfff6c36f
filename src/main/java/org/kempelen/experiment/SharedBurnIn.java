package org.kempelen.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.state.StateCompatibility;
import org.kempelen.state.StateFile;

/**
 * A sweep's shared burn-in ({@code burnIn: shared}, docs/STATES.md): one burn-in per replication
 * and per combination of the varied parameters that are not policy levers, run with the base
 * scenario's levers and saved at the start of day 0 under {@code states/}; every point then
 * continues from the state of its replication, its own levers acting from day 0. The points of a
 * replication share one seed, so they are paired exactly up to day 0.
 */
public final class SharedBurnIn {
    private SharedBurnIn() {}

    /** Writes (or, resuming, keeps) the states the runs {@code mine} need and points the task's runs at them. */
    static void prepare(Sweep sweep, SweepTask task, List<RunSpec> mine, Path out, Sweep.Options options)
            throws SweepException, IOException {
        if (options.engineOrNull() != null) {
            throw new SweepException("burnIn: shared runs on this machine's threads (the states are files here); "
                    + "leave out --engine spark, or use burnIn: separate");
        }
        // Burn-ins in order of first appearance over the whole sweep, so each shard names them alike.
        Map<List<String>, Integer> index = new LinkedHashMap<>();
        for (RunSpec r : sweep.runs()) index.putIfAbsent(burnInOverrides(sweep, r), index.size());
        Map<Integer, List<String>> needed = new LinkedHashMap<>();
        for (RunSpec r : mine) {
            List<String> key = burnInOverrides(sweep, r);
            int i = index.get(key);
            needed.putIfAbsent(i, key);
            task.continueFrom(r.run(), state(out, i));
        }
        Map<Path, List<String>> files = new LinkedHashMap<>();
        needed.forEach((i, overrides) -> files.put(state(out, i), overrides));
        save(task, files, options.threads(), options.resume());
    }

    /**
     * Runs the burn-in of each of {@code burnIns}' overrides of the task's base scenario and saves
     * it to its file, {@code threads} at once; with {@code resume}, a file already whole is kept.
     * Sweeps and policy searches share their burn-ins so.
     */
    public static void save(SweepTask task, Map<Path, List<String>> burnIns, int threads, boolean resume) throws SweepException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, burnIns.size())));
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (var e : burnIns.entrySet()) {
                Path file = e.getKey();
                Files.createDirectories(file.getParent());
                if (resume && usable(file)) continue;
                done.add(pool.submit(() -> {
                    Simulation.saveBurnIn(task.scenario(e.getValue()), file);
                    return null;
                }));
            }
            for (Future<Void> f : done) f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            String why = c instanceof ScenarioException se ? se.problems().get(0).toString() : c.getMessage();
            throw new SweepException("a shared burn-in failed: " + why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SweepException("interrupted while burning in");
        } finally {
            pool.shutdownNow();
        }
    }

    /** A burn-in's overrides: the sweep's fixed settings, the run's varied values that are not policy levers, its seed. */
    static List<String> burnInOverrides(Sweep sweep, RunSpec r) {
        List<String> all = new ArrayList<>(sweep.spec().overrides());
        for (var e : r.values().entrySet()) if (!StateCompatibility.isLever(e.getKey())) all.add(e.getKey() + "=" + e.getValue());
        all.add("seed=" + r.seed());
        return all;
    }

    static Path state(Path out, int i) {
        return out.resolve("states").resolve(String.format("burn-in-%04d.state", i));
    }

    private static boolean usable(Path file) {
        try (StateFile.Reader r = StateFile.open(file)) {
            return true;
        } catch (IOException | StateFile.BadStateException e) {
            return false;
        }
    }
}
