package org.kempelen.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kempelen.experiment.SweepException;
import org.kempelen.experiment.SweepMetrics;
import org.kempelen.experiment.SweepReader;
import org.kempelen.output.RunReader;
import org.kempelen.output.RunTables;

/**
 * Reads one side of a comparison from directories: each run directory (summary.json) is one
 * replication, each sweep directory gives the ok runs of one design point. Metrics are the
 * numeric leaves of the summary by dotted path plus the derived {@code acceptance.<CATEGORY>}.
 */
public final class ComparisonInputs {
    /** Scenario entries that name or describe a run rather than change what it simulates. */
    private static final Set<String> NOT_SETTINGS = Set.of("name", "description", "seed");

    private ComparisonInputs() {}

    /**
     * The side made of {@code dirs}; {@code point} chooses the design point of sweeps (negative:
     * the only one); {@code paths} are the metrics asked for, looked up in metrics_long.csv when
     * a sweep's runs.csv lacks them.
     */
    public static Side read(List<Path> dirs, int point, Collection<String> paths) throws ComparisonException {
        List<Replication> reps = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new ComparisonException(dir + ": " + (Files.exists(dir) ? "not a directory" : "no such directory")
                        + "; give a run directory ('kempelen run') or a sweep directory ('kempelen sweep')");
            }
            if (Files.isRegularFile(dir.resolve("summary.json"))) {
                RunTables run = readRun(dir);
                labels.add(run.scenarioName());
                reps.add(replication(dir.toString(), run));
            } else if (SweepReader.isSweep(dir)) {
                reps.addAll(readSweep(dir, point, paths, labels, notes));
            } else {
                throw new ComparisonException(dir + ": neither a run directory (no summary.json) nor a sweep directory "
                        + "(no runs.csv and sweep.manifest.json)");
            }
        }
        return new Side(String.join(" + ", labels), List.copyOf(reps), List.copyOf(notes));
    }

    private static RunTables readRun(Path dir) throws ComparisonException {
        try {
            return RunReader.read(dir);
        } catch (RunReader.BadRunException e) {
            throw new ComparisonException(e.getMessage());
        }
    }

    private static Replication replication(String source, RunTables run) throws ComparisonException {
        Object seed = run.summary().get("seed");
        if (!(seed instanceof Number n)) {
            throw new ComparisonException(run.directory().resolve("summary.json") + ": no 'seed'; not a summary written by 'kempelen run'");
        }
        Map<String, Double> values = new LinkedHashMap<>(SweepMetrics.flatten(run.summary()));
        values.putAll(HeadlineMetrics.acceptance(run.byCountry()));
        Map<String, Double> protection = new LinkedHashMap<>();
        for (String code : run.countries().keySet()) protection.put(code, run.countryNumber(code, "dataProtection"));
        values.putAll(HeadlineMetrics.leastProtected(run.byCountry(), protection));
        Map<String, String> settings = new LinkedHashMap<>();
        flattenText("", run.scenario(), settings);
        return new Replication(source, n.longValue(), settings, values);
    }

    private static List<Replication> readSweep(Path dir, int point, Collection<String> paths, Set<String> labels, List<String> notes)
            throws ComparisonException {
        List<String> asked = new ArrayList<>(paths);
        asked.add(HeadlineMetrics.DAYS);
        asked.add(HeadlineMetrics.POPULATION);
        SweepReader.PointRuns p;
        try {
            p = SweepReader.read(dir, point, asked);
        } catch (SweepException e) {
            throw new ComparisonException(e.getMessage() + (e.getMessage().contains("design points") && point < 0
                    ? "; compare one point of each side with --point-a N and --point-b N" : ""));
        }
        String name = String.valueOf(p.manifest().getOrDefault("sweep", dir.getFileName()));
        labels.add(p.points() > 1 ? name + " point " + p.point() : name);
        Map<String, String> base = new LinkedHashMap<>();
        base.put("scenario_file", String.valueOf(p.manifest().get("scenario_file")));
        if (p.manifest().get("fixed") instanceof List<?> fixed) {
            for (Object o : fixed) {
                String s = String.valueOf(o);
                int eq = s.indexOf('=');
                if (eq > 0) base.put(s.substring(0, eq), s.substring(eq + 1));
            }
        }
        List<Replication> out = new ArrayList<>();
        for (SweepReader.SweepRun r : p.runs()) {
            String source = dir + " run " + r.run();
            if (!r.status().equals("ok")) {
                notes.add(source + " (replication " + r.replication() + ") is " + r.status() + "; left out");
                continue;
            }
            Map<String, Double> values = new LinkedHashMap<>(r.metrics());
            if (!r.byCountry().rows().isEmpty()) values.putAll(HeadlineMetrics.acceptance(r.byCountry()));
            Map<String, String> settings = new LinkedHashMap<>(base);
            settings.putAll(r.varied());
            out.add(new Replication(source, r.seed(), settings, values));
        }
        return out;
    }

    /** The resolved scenario as path to text, so that two runs' settings can be told apart key by key. */
    @SuppressWarnings("unchecked")
    private static void flattenText(String prefix, Map<String, Object> m, Map<String, String> out) {
        for (var e : m.entrySet()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (prefix.isEmpty() && NOT_SETTINGS.contains(e.getKey())) continue;
            if (e.getValue() instanceof Map<?, ?> sub) flattenText(key, (Map<String, Object>) sub, out);
            else out.put(key, String.valueOf(e.getValue()));
        }
    }
}
