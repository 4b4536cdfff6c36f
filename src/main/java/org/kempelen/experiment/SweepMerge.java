package org.kempelen.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kempelen.output.AtomicFiles;
import org.kempelen.output.DirectoryLock;
import org.kempelen.output.Json;
import org.kempelen.scenario.InputLimits;
import org.kempelen.scenario.ScenarioException;

/**
 * Combines the output directories of the shards of one sweep ({@code --shard i/n}) into the
 * files a single sweep would have written: runs.csv and metrics_long.csv merged by run index
 * (streamed, each shard's file is already in run order), then aggregate, sensitivity, manifest
 * and charts computed as at the end of a sweep. Shards run by another build than this one are
 * refused unless allowed ({@link ShardBuilds}).
 */
public final class SweepMerge {
    /** What merging found: runs merged, runs missing (shards not given or unfinished), failed runs. */
    public record Result(int runs, int missing, int failed) {}

    private SweepMerge() {}

    /**
     * {@code sweepFile} null: the sweep file named in the shards' manifests; {@code allowBuildChange}:
     * merge shards that another build ran (the merged manifest lists the builds).
     */
    public static Result merge(List<Path> shards, Path out, Path sweepFile, boolean charts, boolean allowBuildChange)
            throws IOException, SweepException, ScenarioException {
        if (shards.isEmpty()) throw new SweepException("no shard directories to merge");
        // No shard may change while it is read (a shard being resumed, say).
        List<DirectoryLock> locks = new ArrayList<>();
        try {
            for (Path shard : shards.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList()) {
                if (Files.isDirectory(shard) && !shard.equals(out.toAbsolutePath().normalize())) {
                    locks.add(DirectoryLock.acquire(shard, "merge when it is done"));
                }
            }
            return mergeShards(shards, out, sweepFile, charts, new ShardBuilds(allowBuildChange));
        } finally {
            for (DirectoryLock l : locks) l.close();
        }
    }

    private static Result mergeShards(List<Path> shards, Path out, Path sweepFile, boolean charts, ShardBuilds builds)
            throws IOException, SweepException, ScenarioException {
        String hash = null;
        String file = null;
        int count = -1;
        TreeSet<Integer> indices = new TreeSet<>();
        for (Path dir : shards) {
            Path manifest = dir.resolve(SweepFiles.MANIFEST);
            if (!Files.isRegularFile(manifest)) {
                throw new SweepException(manifest + ": missing; merge takes directories of finished sweep shards");
            }
            JsonNode m;
            try {
                m = new ObjectMapper().readTree(manifest.toFile());
            } catch (JsonProcessingException e) {
                throw new SweepException(manifest + ": not valid JSON: " + InputLimits.parserMessage(e.getOriginalMessage())
                        + "; merge takes directories of finished sweep shards");
            }
            String[] shard = m.path("shard").asText("0/1").split("/");
            int index = Integer.parseInt(shard[0]);
            int n = Integer.parseInt(shard[1]);
            if (hash == null) {
                hash = m.path("sweep_sha256").asText();
                file = m.path("sweep_file").asText();
                count = n;
            } else if (!hash.equals(m.path("sweep_sha256").asText())) {
                throw new SweepException(dir + " is a shard of another sweep file (or another version of it) than " + shards.get(0));
            } else if (n != count) {
                throw new SweepException(dir + " is shard " + index + "/" + n + " but " + shards.get(0) + " is one of " + count);
            }
            if (!indices.add(index)) throw new SweepException("shard " + index + "/" + n + " is given twice");
            builds.add(dir, m);
        }
        Sweep sweep = Sweep.load(sweepFile != null ? sweepFile : Path.of(file));
        if (!sweep.spec().fileHash().equals(hash)) {
            throw new SweepException((sweepFile != null ? sweepFile : file) + " has changed since the shards ran; give the sweep file they ran with (--sweep)");
        }
        try (DirectoryLock lock = DirectoryLock.acquire(out)) {
            return write(shards, indices, count, sweep, out, charts, builds);
        }
    }

    /** Writes the merged files into {@code out}, locked for this process. */
    private static Result write(List<Path> shards, TreeSet<Integer> indices, int count, Sweep sweep, Path out, boolean charts,
                                ShardBuilds builds) throws IOException, SweepException {
        if (Files.isDirectory(out)) {
            try (var s = Files.list(out)) {
                if (s.findAny().isPresent()) throw new SweepException(out + " exists and is not empty; choose another --out");
            }
        }
        Files.createDirectories(out);
        Instant started = Instant.now();
        int[] counts = mergeCsv(shards, SweepFiles.RUNS, out, true);
        mergeCsv(shards, SweepFiles.LONG, out, false);
        SweepFiles.finalFiles(sweep, out, charts);
        Map<String, Object> m = SweepFiles.manifest(sweep, started, Instant.now(), counts[1], builds.manifest());
        m.put("merged_from", shards.stream().map(Path::toString).toList());
        m.put("shard", "merged " + indices.size() + " of " + count);
        m.put("runs_missing", sweep.runs().size() - counts[0]);
        AtomicFiles.write(out.resolve(SweepFiles.MANIFEST), Json.write(m));
        return new Result(counts[0], sweep.runs().size() - counts[0], counts[1]);
    }

    /** k-way merge of CSV files in run order (first column); returns {rows, rows whose status is not ok}. */
    private static int[] mergeCsv(List<Path> shards, String name, Path out, boolean countStatus) throws IOException {
        List<BufferedReader> readers = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        String header = null;
        int statusCol = -1;
        int rows = 0;
        int notOk = 0;
        Path tmp = out.resolve("." + name + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Path dir : shards) {
                BufferedReader r = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
                readers.add(r);
                String h = r.readLine();
                if (header == null) {
                    header = h;
                    w.write(h);
                    w.write('\n');
                    statusCol = org.kempelen.output.RunReader.split(h).indexOf("status");
                } else if (!header.equals(h)) {
                    throw new IOException(dir.resolve(name) + ": its columns differ from " + shards.get(0).resolve(name));
                }
                heads.add(r.readLine());
            }
            while (true) {
                int best = -1;
                long bestRun = Long.MAX_VALUE;
                for (int i = 0; i < heads.size(); i++) {
                    String h = heads.get(i);
                    if (h == null || h.isEmpty()) continue;
                    long run = Long.parseLong(h.substring(0, h.indexOf(',')));
                    if (run < bestRun) {
                        bestRun = run;
                        best = i;
                    }
                }
                if (best < 0) break;
                String line = heads.get(best);
                w.write(line);
                w.write('\n');
                if (countStatus) {
                    rows++;
                    if (!"ok".equals(org.kempelen.output.RunReader.split(line).get(statusCol))) notOk++;
                }
                heads.set(best, readers.get(best).readLine());
            }
        } finally {
            for (BufferedReader r : readers) r.close();
        }
        AtomicFiles.move(tmp, out.resolve(name));
        return new int[] {rows, notOk};
    }
}
