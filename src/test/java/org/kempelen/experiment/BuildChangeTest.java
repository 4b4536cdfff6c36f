package org.kempelen.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.output.BuildInfo;
import org.kempelen.output.BuildStamps;

/** Results never mix builds: a sweep records its build; resume and merge by another build are refused unless allowed, and then listed. */
class BuildChangeTest {
    @TempDir
    Path tmp;

    /** A build that is not this one, as another checkout or release would name itself. */
    private static final String OTHER = "0.0.9 commit abcdefabcdef";
    private static final String THIS = BuildInfo.id();

    private Path file;
    private Path full;

    /** Three commissions, two replications of tiny runs, and the whole sweep run by this build for reference. */
    @BeforeEach
    void sweepOnce() throws Exception {
        file = SweepTest.sweepFile(tmp, """
                seed: 5
                replications: 2
                parameters:
                  platform.commission: [0.1, 0.2, 0.3]
                set: { population: 150, days: 6, warmupDays: 2 }
                """);
        full = tmp.resolve("full");
        Sweep.load(file).run(Sweep.Options.threads(2).withCharts(false), full);
    }

    /** A copy of the whole sweep whose journal says that {@code build} (null: no build, an old journal) made its first {@code runs} runs, then was killed. */
    private Path madeBy(String build, int runs) throws Exception {
        Path out = tmp.resolve("by-" + (build == null ? "old" : "other") + "-" + runs);
        Files.createDirectories(out);
        for (String f : List.of(SweepFiles.RUNS, SweepFiles.LONG)) Files.copy(full.resolve(f), out.resolve(f));
        List<String> journal = Files.readAllLines(full.resolve(SweepFiles.JOURNAL));
        List<String> kept = new ArrayList<>(List.of(journal.get(0)));
        if (build != null) kept.add("build 0 " + build);
        kept.add(journal.get(2 + runs)); // header, stamp, then the state after 0, 1, 2 ... runs
        Files.write(out.resolve(SweepFiles.JOURNAL), kept);
        return out;
    }

    private static JsonNode manifest(Path dir) throws Exception {
        return new ObjectMapper().readTree(dir.resolve(SweepFiles.MANIFEST).toFile());
    }

    @Test
    void theJournalAndTheManifestNameTheBuild() throws Exception {
        List<String> journal = Files.readAllLines(full.resolve(SweepFiles.JOURNAL));
        assertEquals("build 0 " + THIS, journal.get(1));
        JsonNode m = manifest(full);
        assertEquals(THIS, m.get("build").asText());
        assertEquals("[{\"build\":\"" + THIS + "\",\"runs\":6}]", m.get("builds").toString());
        assertTrue(THIS.startsWith(BuildInfo.version() + " commit " + BuildInfo.commit()), THIS);
    }

    @Test
    void aResumeByAnotherBuildIsRefusedUntouchedAndGoesOnWhenAllowed() throws Exception {
        Path out = madeBy(OTHER, 4);
        byte[] journal = Files.readAllBytes(out.resolve(SweepFiles.JOURNAL));
        byte[] runs = Files.readAllBytes(out.resolve(SweepFiles.RUNS));
        String m = assertThrows(SweepException.class, () -> Sweep.load(file).run(Sweep.Options.threads(1).withResume(true), out)).getMessage();
        assertEquals("cannot resume " + out + ": it was made by build '" + OTHER + "', and this is build '" + THIS
                + "'; results of two builds would be mixed. Go on with the build that made it, start afresh in another --out,"
                + " or add --allow-build-change to go on with this build (the manifest then lists both)", m);
        assertArrayEquals(journal, Files.readAllBytes(out.resolve(SweepFiles.JOURNAL)), "the refused resume left the journal as it was");
        assertArrayEquals(runs, Files.readAllBytes(out.resolve(SweepFiles.RUNS)), "and runs.csv");

        SweepResult r = Sweep.load(file).run(Sweep.Options.threads(1).withResume(true).withBuildChange(true).withCharts(false), out);
        assertEquals(2, r.ranNow());
        SweepTest.assertSameSweep(full, out);
        assertEquals("[{\"build\":\"" + OTHER + "\",\"runs\":4},{\"build\":\"" + THIS + "\",\"runs\":2}]", manifest(out).get("builds").toString());
        assertEquals(THIS, manifest(out).get("build").asText(), "this build wrote aggregate.csv");

        // The change was accepted once: this build goes on with its own sweep without the flag.
        assertEquals(0, Sweep.load(file).run(Sweep.Options.threads(1).withResume(true).withCharts(false), out).ranNow());
        assertEquals("[{\"build\":\"" + OTHER + "\",\"runs\":4},{\"build\":\"" + THIS + "\",\"runs\":2}]", manifest(out).get("builds").toString());
    }

    @Test
    void aJournalFromBeforeBuildStampsIsAnUnknownBuild() throws Exception {
        Path out = madeBy(null, 3);
        String m = assertThrows(SweepException.class, () -> Sweep.load(file).run(Sweep.Options.threads(1).withResume(true), out)).getMessage();
        assertTrue(m.startsWith("cannot resume " + out + ": its journal predates build stamps, so the build that made it is unknown, and this is build '"
                + THIS + "'"), m);
        Sweep.load(file).run(Sweep.Options.threads(1).withResume(true).withBuildChange(true).withCharts(false), out);
        assertEquals("[{\"build\":\"" + BuildStamps.UNKNOWN + "\",\"runs\":3},{\"build\":\"" + THIS + "\",\"runs\":3}]",
                manifest(out).get("builds").toString());
        SweepTest.assertSameSweep(full, out);
    }

    @Test
    void aMergeOfShardsAnotherBuildRanIsRefusedUnlessAllowed() throws Exception {
        Sweep sweep = Sweep.load(file);
        List<Path> shards = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path s = tmp.resolve("shard" + i);
            sweep.run(Sweep.Options.threads(1).withShard(i, 2).withCharts(false), s);
            shards.add(s);
        }
        ObjectNode m1 = (ObjectNode) manifest(shards.get(1));
        ((ObjectNode) m1.get("builds").get(0)).put("build", OTHER);
        Files.writeString(shards.get(1).resolve(SweepFiles.MANIFEST), m1.toString());
        Path merged = tmp.resolve("merged");
        String m = assertThrows(SweepException.class, () -> SweepMerge.merge(shards, merged, file, false, false)).getMessage();
        assertTrue(m.startsWith("cannot merge " + shards.get(1) + ": it was run by build '" + OTHER + "', and this is build '" + THIS
                + "'; the merged sweep would mix the results of two builds."), m);
        assertFalse(Files.exists(merged), "nothing was written");

        SweepMerge.merge(shards, merged, file, false, true);
        SweepTest.assertSameSweep(full, merged);
        assertEquals("[{\"shard\":\"0/2\",\"build\":\"" + THIS + "\",\"runs\":3},{\"shard\":\"1/2\",\"build\":\"" + OTHER + "\",\"runs\":3}]",
                manifest(merged).get("builds").toString());

        // A shard's manifest from before build stamps names no build: unknown, refused as well.
        m1.remove("builds");
        Files.writeString(shards.get(1).resolve(SweepFiles.MANIFEST), m1.toString());
        String old = assertThrows(SweepException.class, () -> SweepMerge.merge(shards, tmp.resolve("again"), file, false, false)).getMessage();
        assertTrue(old.startsWith("cannot merge " + shards.get(1) + ": its manifest predates build stamps"), old);
    }
}
