package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.output.RunOutput;

/** run, check and describe end to end, as a user types them. */
class CommandLineTest {
    @TempDir
    Path tmp;

    private Path scenario(String yaml) throws Exception {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void runWritesEveryResultFileAndPrintsTheDirectory() throws Exception {
        Path file = scenario("name: tiny\npopulation: 300\ndays: 20\n");
        Path out = tmp.resolve("runs/tiny");
        Cli r = Cli.run("run", file.toString(), "--out", out.toString(), "--seed", "5", "--set", "platform.commission=0.3");
        assertEquals(0, r.status(), r.err());
        assertEquals(out.toString(), r.out().strip(), "the run directory on stdout");
        for (String f : RunOutput.FILES) assertTrue(Files.size(out.resolve(f)) > 0, f);
        List<String> ts = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals(21, ts.size(), "header + 20 days");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(5, manifest.get("seed").asInt(), "--seed wins over the file");
        assertTrue(manifest.get("offers_evaluated_per_second").asDouble() > 0);
        assertEquals(365, manifest.get("burn_in_days").asInt(), "the default burn-in");
        assertTrue(manifest.get("burn_in_offers_evaluated").asLong() > 0);
        String resolved = Files.readString(out.resolve("scenario.resolved.yaml"));
        assertTrue(resolved.contains("commission: 0.3"), "--set reached the resolved scenario");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertTrue(summary.get("money").get("conserved").asBoolean());
        assertTrue(r.err().contains("offers evaluated"), "headline on stderr");
    }

    @Test
    void microdataOptions() throws Exception {
        Path file = scenario("name: micro\npopulation: 300\ndays: 10\nburnInDays: 5\n");
        Path none = tmp.resolve("none");
        Cli r = Cli.run("run", file.toString(), "--out", none.toString(), "--quiet", "--no-charts", "--microdata", "none");
        assertEquals(0, r.status(), r.err());
        assertFalse(Files.exists(none.resolve("workers.csv")));
        assertFalse(Files.exists(none.resolve("campaigns.csv")));
        Path gz = tmp.resolve("gz");
        r = Cli.run("run", file.toString(), "--out", gz.toString(), "--quiet", "--no-charts", "--gzip-microdata", "--worker-sample", "0.5");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.exists(gz.resolve("workers.csv.gz")) && Files.exists(gz.resolve("campaigns.csv.gz")));
        assertFalse(Files.exists(gz.resolve("workers.csv")));
        assertEquals(2, Cli.run("run", file.toString(), "--out", tmp.resolve("x").toString(), "--microdata", "some").status());
    }

    @Test
    void aBadWorkerSampleIsRefusedNamingTheOptionAndTheRange() throws Exception {
        Path file = scenario("population: 100\ndays: 5\n");
        for (String bad : List.of("1.5", "-1", "abc", "NaN")) {
            Path out = tmp.resolve("never-" + bad);
            Cli r = Cli.run("run", file.toString(), "--out", out.toString(), "--worker-sample", bad);
            assertEquals(2, r.status(), bad);
            assertTrue(r.err().contains("--worker-sample: found '" + bad + "', allowed a number from 0 to 1"), r.err());
            assertFalse(Files.exists(out), "nothing is run");
        }
    }

    @Test
    void resolvedScenarioRunsAgainToTheSameResults() throws Exception {
        Path file = scenario("name: again\npopulation: 200\ndays: 10\nseed: 9\n");
        Path first = tmp.resolve("first");
        assertEquals(0, Cli.run("run", file.toString(), "--out", first.toString(), "--quiet").status());
        Path second = tmp.resolve("second");
        Cli r = Cli.run("run", first.resolve("scenario.resolved.yaml").toString(), "--out", second.toString(), "--quiet");
        assertEquals(0, r.status(), r.err());
        assertEquals(Files.readString(first.resolve("by_country.csv")), Files.readString(second.resolve("by_country.csv")));
        assertEquals("", r.err(), "--quiet prints nothing on stderr");
    }

    @Test
    void runRefusesAnExistingOutputUnlessOverwrite() throws Exception {
        Path file = scenario("population: 100\ndays: 5\n");
        Path out = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Cli r = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("already exists"), r.err());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")), "nothing already written is lost");
        Cli o = Cli.run("run", file.toString(), "--out", out.toString(), "--overwrite", "--quiet");
        assertEquals(0, o.status(), o.err());
        assertFalse(Files.exists(out.resolve("keep.txt")));
        assertTrue(Files.exists(out.resolve("summary.json")));
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary directories left behind");
        }
    }

    @Test
    void badScenarioExitsTwoWithoutAResultsDirectory() throws Exception {
        Path file = scenario("population: 100\nplatform:\n  commission: 1.5\n");
        Path out = tmp.resolve("never");
        Cli r = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(file + ":3:15: platform.commission: found 1.5, allowed a number >= 0 and < 1"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputDirectoryThatCannotBeCreatedIsAClearError() throws Exception {
        Path file = scenario("population: 100\ndays: 5\n");
        Path blocker = Files.writeString(tmp.resolve("a-file"), "not a directory");
        Cli r = Cli.run("run", file.toString(), "--out", blocker.resolve("run").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("cannot create output directory " + blocker.resolve("run") + ": " + blocker + " is a file, not a directory"), r.err());
    }

    @Test
    void checkPrintsTheResolvedScenario() throws Exception {
        Path file = scenario("name: checked\nplatform: {commission: 0.1}\n");
        Cli r = Cli.run("check", file.toString(), "--set", "days=30");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("name: checked"));
        assertTrue(r.out().contains("days: 30"));
        assertTrue(r.out().contains("commission: 0.1"));
        assertTrue(r.out().contains("FACE_PHOTO:"), "defaults filled in");
        assertTrue(r.err().contains("valid scenario"));
        assertEquals(2, Cli.run("check", tmp.resolve("missing.yaml").toString()).status());
    }

    @Test
    void describeListsParametersWithUnitDefaultAndRange() {
        Cli r = Cli.run("describe", "platform.commission");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("platform.commission  (number, share)"), r.out());
        assertTrue(r.out().contains("default: 0.2"));
        assertTrue(r.out().contains("allowed: a number >= 0 and < 1"));
        Cli all = Cli.run("describe");
        assertTrue(all.out().contains("countries.<country>.dataProtection"));
        assertTrue(all.out().contains("categories.<data-category>.medianWta"));
        Cli none = Cli.run("describe", "plattform");
        assertEquals(2, none.status());
        assertTrue(none.err().contains("no parameter path starts with 'plattform'"));
    }

    @Test
    void benchReportsMedianSpeed() throws Exception {
        Path file = scenario("population: 200\ndays: 5\n");
        Cli r = Cli.run("bench", file.toString(), "--warmup", "0", "--repeat", "3", "--threads", "1");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("median_worker_days_per_s"), r.out());
        // Three measured runs and one median row at the one thread count.
        assertEquals(4, r.out().lines().filter(l -> l.trim().startsWith("1 ")).count(), r.out());
        assertEquals(2, Cli.run("bench", file.toString(), "--repeat", "0").status());
        Cli badThreads = Cli.run("bench", file.toString(), "--threads", "1,x");
        assertEquals(2, badThreads.status());
        assertTrue(badThreads.err().contains("--threads: found 'x'"), badThreads.err());
    }

    @Test
    void versionAndHelpOnEveryCommand() {
        Cli v = Cli.run("--version");
        assertEquals(0, v.status());
        assertTrue(v.out().startsWith("kempelen "));
        for (String cmd : List.of("run", "check", "describe", "bench")) {
            Cli h = Cli.run(cmd, "--help");
            assertEquals(0, h.status(), cmd);
            assertTrue(h.out().contains("Usage: kempelen " + cmd), h.out());
        }
        Cli unknownOption = Cli.run("run", "x.yaml", "--sed", "3");
        assertEquals(2, unknownOption.status());
        assertTrue(unknownOption.err().contains("--sed"));
    }
}
