package org.kempelen.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.output.BuildInfo;
import org.kempelen.output.BuildStamps;

/**
 * The builds that ran the shards being merged, from each shard's manifest. A merge by another
 * build than the one that ran a shard is refused unless allowed: the merged files would hold
 * the runs of one build and the aggregates of another. The merged manifest lists every shard's builds.
 */
final class ShardBuilds {
    private final List<Map<String, Object>> builds = new ArrayList<>();
    private final boolean allowChange;

    ShardBuilds(boolean allowChange) {
        this.allowChange = allowChange;
    }

    /** Adds the builds of shard {@code dir} (its manifest {@code m}); refused when one is not this build and that is not allowed. */
    void add(Path dir, JsonNode m) throws SweepException, IOException {
        String current = BuildInfo.id();
        List<Map<String, Object>> found = new ArrayList<>();
        if (!m.has("builds")) {
            found.add(entry(m, BuildStamps.UNKNOWN, runs(dir)));
        } else {
            for (JsonNode b : m.path("builds")) found.add(entry(m, b.path("build").asText(BuildStamps.UNKNOWN), b.path("runs").asLong()));
        }
        for (Map<String, Object> b : found) {
            String build = (String) b.get("build");
            if (!allowChange && !build.equals(current)) {
                String was = build.equals(BuildStamps.UNKNOWN) ? "its manifest predates build stamps, so the build that ran it is unknown"
                        : "it was run by build '" + build + "'";
                throw new SweepException("cannot merge " + dir + ": " + was + ", and this is build '" + current
                        + "'; the merged sweep would mix the results of two builds. Merge with the build that ran the shards, run the shard"
                        + " again with this one, or add --allow-build-change to merge all the same (the merged manifest then lists every shard's builds)");
            }
        }
        builds.addAll(found);
    }

    /** Every shard's builds, in the order the shards were given, for the merged manifest. */
    List<Map<String, Object>> manifest() {
        return builds;
    }

    private static Map<String, Object> entry(JsonNode m, String build, long runs) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("shard", m.path("shard").asText("0/1"));
        e.put("build", build);
        e.put("runs", runs);
        return e;
    }

    /** The runs in a shard's runs.csv (for a manifest that does not list them by build). */
    private static long runs(Path dir) throws IOException {
        try (var lines = Files.lines(dir.resolve(SweepFiles.RUNS), StandardCharsets.UTF_8)) {
            return Math.max(0, lines.filter(l -> !l.isEmpty()).count() - 1);
        }
    }
}
