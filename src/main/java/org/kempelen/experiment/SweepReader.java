package org.kempelen.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kempelen.metrics.Table;
import org.kempelen.output.RunReader;
import org.kempelen.scenario.InputLimits;

/**
 * Reads the runs of one design point back from a sweep directory: seeds exactly from runs.csv
 * (its numbers would lose digits as doubles), metrics by their dotted summary path from the
 * columns of runs.csv, and from metrics_long.csv (which holds every summary metric and the
 * by_country.csv columns of every run) the paths a sweep did not select and each run's
 * by_country table.
 */
public final class SweepReader {
    /** One run of the point: its seed, varied values, status, metrics by dotted path and by_country table (null unless ok). */
    public record SweepRun(int run, int replication, long seed, String status, Map<String, String> varied,
                           Map<String, Double> metrics, Table byCountry) {}

    /** The point's runs in run order, the sweep's manifest, and every metric name runs.csv holds. */
    public record PointRuns(Path dir, int point, int points, Map<String, Object> manifest, List<SweepRun> runs, List<String> metricNames) {}

    private SweepReader() {}

    /** Whether {@code dir} looks like a sweep directory (its runs table and manifest). */
    public static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve(SweepFiles.RUNS)) && Files.isRegularFile(dir.resolve(SweepFiles.MANIFEST));
    }

    /**
     * The runs of design point {@code point}, or of the only point when {@code point} is negative
     * (refused, listing the points, when the sweep has several). {@code paths} are summary paths to
     * find in metrics_long.csv when runs.csv lacks them.
     */
    public static PointRuns read(Path dir, int point, Collection<String> paths) throws SweepException {
        Map<String, Object> manifest = manifest(dir.resolve(SweepFiles.MANIFEST));
        Path runsFile = dir.resolve(SweepFiles.RUNS);
        Map<Integer, Map<String, String>> points = new TreeMap<>();
        List<SweepRun> runs = new ArrayList<>();
        List<String> metricNames;
        try (BufferedReader in = Files.newBufferedReader(runsFile, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null) throw new SweepException(runsFile + ": empty; expected a header row");
            List<String> header = RunReader.split(first);
            int[] cols = new int[5];
            String[] needed = {"run", "point", "replication", "seed", "status"};
            for (int i = 0; i < needed.length; i++) {
                cols[i] = header.indexOf(needed[i]);
                if (cols[i] < 0) throw new SweepException(runsFile + ":1: missing column '" + needed[i] + "'; not a sweep's runs.csv");
            }
            int firstMetric = header.indexOf("wall_seconds") + 1;
            if (firstMetric == 0) throw new SweepException(runsFile + ":1: missing column 'wall_seconds'; not a sweep's runs.csv");
            metricNames = header.subList(firstMetric, header.size());
            String line;
            for (int lineNo = 2; (line = in.readLine()) != null; lineNo++) {
                if (line.isEmpty()) continue;
                List<String> cells = RunReader.split(line);
                if (cells.size() != header.size()) {
                    throw new SweepException(runsFile + ":" + lineNo + ": " + cells.size() + " values for " + header.size() + " columns");
                }
                int p = whole(cells.get(cols[1]), runsFile, lineNo, "point");
                Map<String, String> varied = new LinkedHashMap<>();
                for (int c = cols[3] + 1; c < cols[4]; c++) varied.put(header.get(c), cells.get(c));
                points.putIfAbsent(p, varied);
                if (point >= 0 && p != point) continue;
                Map<String, Double> metrics = new LinkedHashMap<>();
                // A metric named like a key column ("seed") comes after wall_seconds: the first of each name wins.
                for (int c = firstMetric; c < header.size(); c++) metrics.putIfAbsent(header.get(c), SweepFiles.parse(cells.get(c)));
                long seed;
                try {
                    seed = Long.parseLong(cells.get(cols[3]));
                } catch (NumberFormatException e) {
                    throw new SweepException(runsFile + ":" + lineNo + ": seed " + InputLimits.quote(cells.get(cols[3])) + " is not a whole number");
                }
                runs.add(new SweepRun(whole(cells.get(cols[0]), runsFile, lineNo, "run"), whole(cells.get(cols[2]), runsFile, lineNo, "replication"),
                        seed, cells.get(cols[4]), varied, metrics, null));
            }
        } catch (IOException e) {
            throw new SweepException(runsFile + ": cannot read: " + e.getMessage());
        }
        if (points.isEmpty()) throw new SweepException(runsFile + ": no runs; the sweep has not run any yet");
        if (point < 0 && points.size() > 1) {
            List<String> listed = new ArrayList<>();
            points.forEach((k, v) -> listed.add(k + " " + v));
            throw new SweepException(dir + ": the sweep has " + points.size() + " design points; choose one (the points: "
                    + String.join("; ", listed.subList(0, Math.min(10, listed.size()))) + (listed.size() > 10 ? "; ..." : "") + ")");
        }
        if (point >= 0 && !points.containsKey(point)) {
            throw new SweepException(dir + ": no design point " + point + "; the sweep's points are " + points.keySet());
        }
        int chosen = point >= 0 ? point : points.keySet().iterator().next();
        return new PointRuns(dir, chosen, points.size(), manifest, withLongRows(dir, runs, metricNames, paths), List.copyOf(metricNames));
    }

    /** Adds to each ok run the requested paths runs.csv lacks and its by_country table, from metrics_long.csv. */
    private static List<SweepRun> withLongRows(Path dir, List<SweepRun> runs, List<String> metricNames, Collection<String> paths)
            throws SweepException {
        Path file = dir.resolve(SweepFiles.LONG);
        if (!Files.isRegularFile(file)) throw new SweepException(file + ": missing; a sweep directory holds runs.csv and metrics_long.csv");
        Map<Integer, Map<String, Double>> longRows = new HashMap<>();
        for (SweepRun r : runs) if (r.status().equals("ok")) longRows.put(r.run(), new LinkedHashMap<>());
        Set<String> countries = new LinkedHashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            List<String> header = first == null ? List.of() : RunReader.split(first);
            if (!header.equals(List.of("run", "point", "replication", "seed", "metric", "category", "country", "value"))) {
                throw new SweepException(file + ":1: expected the header run,point,replication,seed,metric,category,country,value");
            }
            String line;
            for (int lineNo = 2; (line = in.readLine()) != null; lineNo++) {
                if (line.isEmpty()) continue;
                List<String> c = RunReader.split(line);
                if (c.size() != 8) throw new SweepException(file + ":" + lineNo + ": " + c.size() + " values for 8 columns");
                Map<String, Double> rows = longRows.get(whole(c.get(0), file, lineNo, "run"));
                if (rows == null) continue;
                if (!c.get(6).isEmpty()) countries.add(c.get(6));
                rows.put(c.get(4) + "|" + c.get(5) + "|" + c.get(6), SweepFiles.parse(c.get(7)));
            }
        } catch (IOException e) {
            throw new SweepException(file + ": cannot read: " + e.getMessage());
        }
        List<SweepRun> out = new ArrayList<>();
        for (SweepRun r : runs) {
            Map<String, Double> rows = longRows.get(r.run());
            if (rows == null) {
                out.add(r);
                continue;
            }
            Map<String, Double> metrics = new LinkedHashMap<>(r.metrics());
            for (String path : paths) {
                if (metrics.containsKey(path)) continue;
                SweepMetrics.Tidy t = SweepMetrics.tidy(path, countries);
                Double v = rows.get(t.metric() + "|" + t.category() + "|" + t.country());
                if (v != null) metrics.put(path, v);
            }
            out.add(new SweepRun(r.run(), r.replication(), r.seed(), r.status(), r.varied(), metrics, byCountry(rows)));
        }
        return out;
    }

    /** The by_country.&lt;column&gt; rows of one run as by_country.csv's table: country, category, then the numeric columns. */
    private static Table byCountry(Map<String, Double> rows) {
        String prefix = "by_country.";
        List<String> columns = new ArrayList<>(List.of("country", "category"));
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        rows.forEach((key, value) -> {
            if (!key.startsWith(prefix)) return;
            String[] k = key.split("\\|", -1);
            String column = k[0].substring(prefix.length());
            if (!columns.contains(column)) columns.add(column);
            cells.computeIfAbsent(k[2] + "|" + k[1], x -> new HashMap<>()).put(column, value);
        });
        Table t = new Table(columns);
        cells.forEach((key, values) -> {
            Object[] row = new Object[columns.size()];
            String[] k = key.split("\\|", -1);
            row[0] = k[0];
            row[1] = k[1];
            for (int i = 2; i < row.length; i++) row[i] = values.getOrDefault(columns.get(i), Double.NaN);
            t.add(row);
        });
        return t;
    }

    private static int whole(String s, Path file, int line, String column) throws SweepException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new SweepException(file + ":" + line + ": " + column + " " + InputLimits.quote(s) + " is not a whole number");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> manifest(Path f) throws SweepException {
        try {
            Object o = new ObjectMapper().readValue(Files.readString(f, StandardCharsets.UTF_8), Object.class);
            if (o instanceof Map<?, ?> m) return (Map<String, Object>) m;
            throw new SweepException(f + ": expected a JSON object at the top");
        } catch (JsonProcessingException e) {
            throw new SweepException(f + ": not valid JSON: " + InputLimits.parserMessage(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SweepException(f + ": cannot read: " + e.getMessage());
        }
    }
}
