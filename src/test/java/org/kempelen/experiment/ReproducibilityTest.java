package org.kempelen.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.model.Scenarios;
import org.kempelen.output.Manifest;
import org.kempelen.output.RunOutput;
import org.kempelen.scenario.Scenario;

/** Same scenario and seed give byte-identical result files (charts and report included), alone or with other runs on other threads. */
class ReproducibilityTest {
    @TempDir
    Path tmp;

    private Path run(Scenario s, String name) throws Exception {
        Path dir = tmp.resolve(name);
        Simulation.runAndWrite(s, "test.yaml", List.of(), dir, false);
        return dir;
    }

    @Test
    void sameSeedSameFilesOnAnyThread() throws Exception {
        Scenario s = Scenarios.small("seed=42", "population=1500", "days=40");
        Path first = run(s, "first");
        // Two more runs of the same scenario at once, on two threads, beside a run of another seed.
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<Path> a = pool.submit(() -> run(s, "a"));
            Future<Path> b = pool.submit(() -> run(s, "b"));
            Future<Path> other = pool.submit(() -> run(Scenarios.small("seed=43", "population=1500", "days=40"), "other"));
            List<String> files = files(first);
            assertTrue(files.containsAll(RunOutput.FILES) && files.contains("report.html") && files.contains("charts/fig8_economic_conditions.svg"));
            for (Path dir : List.of(a.get(), b.get())) assertSameRun(first, dir);
            assertDifferentRun(first, other.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void sameSeedSameMicrodataSwitchersAndGzipBytes() throws Exception {
        Scenario s = Scenarios.small("seed=7", "population=1500", "days=40", "burnInDays=20",
                "countries.KE.shocks=[{day: 15, kind: currencyCollapse, factor: 0.5}]");
        Simulation.Microdata micro = new Simulation.Microdata(true, 0.5, true);
        Path x = tmp.resolve("gz-x");
        Path y = tmp.resolve("gz-y");
        Simulation.runAndWrite(s, "test.yaml", List.of(), x, false, null, micro);
        Simulation.runAndWrite(s, "test.yaml", List.of(), y, false, null, micro);
        List<String> files = files(x);
        assertTrue(files.containsAll(List.of("switchers.csv", "workers.csv.gz", "campaigns.csv.gz")), files.toString());
        assertSameRun(x, y);
    }

    @Test
    void sameFilesOnOneTwoAndThreeThreads() throws Exception {
        // Several work rounds a day (ROUND workers each), a shock for switchers.csv, an auction for bids, qualification tests,
        // and a strict quality check, so that review, run by worker group, settles checks and removals by requester part.
        Scenario s = Scenarios.small("seed=11", "population=2500", "days=30", "burnInDays=10",
                "countries.KE.shocks=[{day: 10, kind: currencyCollapse, factor: 0.5}]",
                "requesters.PLATFORM_QA.qualityCheck={tasks: 5, minimumApproved: 4}");
        Scenario auction = Scenarios.small("seed=12", "population=2500", "days=20", "platform.pricing.rule=REVERSE_AUCTION");
        // Two platforms, workers on one or both, each with its own rules (the second an auction).
        Scenario platforms = Scenarios.small("seed=13", "population=2500", "days=20", "platform.workforceShare=0.7",
                "platforms={b: {workforceShare: 0.6, commission: 0.3, searchMinutesPerOffer: 1, pricing: {rule: REVERSE_AUCTION}}}");
        for (Scenario x : List.of(s, auction, platforms)) {
            Path one = tmp.resolve(x.seed() + "-t1");
            Simulation.runAndWrite(x, "test.yaml", List.of(), one, false, Plots.Options.defaults(), Simulation.Microdata.ALL, 1);
            for (int threads : new int[] {2, 3}) {
                Path many = tmp.resolve(x.seed() + "-t" + threads);
                Simulation.runAndWrite(x, "test.yaml", List.of(), many, false, Plots.Options.defaults(), Simulation.Microdata.ALL, threads);
                assertSameRun(one, many);
                assertEquals(threads, new ObjectMapper().readTree(many.resolve("manifest.json").toFile()).get("threads").asInt());
            }
        }
    }

    static void assertSameRun(Path x, Path y) throws Exception {
        List<String> files = files(x);
        assertEquals(files, files(y), "the same files");
        for (String file : files) {
            if (file.equals("manifest.json")) {
                assertEquals(withoutTimings(x.resolve(file)), withoutTimings(y.resolve(file)), "manifest apart from timings");
            } else {
                assertArrayEquals(Files.readAllBytes(x.resolve(file)), Files.readAllBytes(y.resolve(file)), file + " differs");
            }
        }
    }

    static List<String> files(Path dir) throws Exception {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static void assertDifferentRun(Path x, Path y) throws Exception {
        for (String file : List.of("timeseries.csv", "by_country.csv", "summary.json")) {
            assertFalse(java.util.Arrays.equals(Files.readAllBytes(x.resolve(file)), Files.readAllBytes(y.resolve(file))),
                    file + " is the same for another seed");
        }
    }

    private static ObjectNode withoutTimings(Path manifest) throws Exception {
        ObjectNode n = (ObjectNode) new ObjectMapper().readTree(manifest.toFile());
        Manifest.EXECUTION_KEYS.forEach(n::remove);
        return n;
    }
}
