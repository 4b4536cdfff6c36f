package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.output.BuildInfo;

/**
 * optimize end to end on a tiny market (300 workers, 20 days, two levers, two objectives, two
 * states of the world, one replication, two generations of four): the files are the same on
 * any number of threads and after a kill, the front is mutually non-dominated, and every front
 * member rerun with run from its scenario file gives the values the search recorded.
 */
class OptimizeCommandTest {
    @TempDir
    static Path tmp;
    static Path search;
    static Cli one;

    static final String SEARCH = "name: tiny\nscenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n"
            + "set: {population: 300, days: 20, burnInDays: 5, warmupDays: 1}\n"
            + "seed: 2\n"
            + "levers:\n  platform.commission: {min: 0.05, max: 0.4}\n  platform.disclosure: [NONE, FULL]\n"
            + "objectives:\n  - {metric: money.commission_usd, goal: maximise, robustness: {percentile: 25}}\n"
            + "  - {metric: money.requesters_paid_usd, goal: minimise}\n"
            + "constraints:\n  - {metric: exposure.poorest_half_share_of_sensitive_items, atMost: 0.95}\n"
            + "uncertain:\n  states: 2\n  seed: 5\n  parameters:\n    economy.subsistenceShare: {min: 0.3, max: 0.6}\n"
            + "algorithm: {populationSize: 4, maxEvaluations: 8, seed: 3}\n";

    @BeforeAll
    static void searchOnOneThread() throws Exception {
        search = Files.writeString(tmp.resolve("tiny.yaml"), SEARCH);
        one = Cli.run("optimize", search.toString(), "--out", tmp.resolve("one").toString(), "--threads", "1");
        assertEquals(0, one.status(), one.err());
    }

    @Test
    void writesTheSameFilesOnAnyNumberOfThreads() throws Exception {
        assertEquals(2, one.err().lines().filter(l -> l.startsWith("generation ")).count(), one.err());
        Cli two = Cli.run("optimize", search.toString(), "--out", tmp.resolve("two").toString(), "--threads", "2");
        assertEquals(0, two.status(), two.err());
        assertSameFiles(tmp.resolve("one"), tmp.resolve("two"));
        // 1 base + 8 candidates, 2 states each
        assertEquals(1 + 9 * 2, Files.readAllLines(tmp.resolve("one/evaluations.csv")).size());
        assertEquals(3, Files.readAllLines(tmp.resolve("one/hypervolume.csv")).size());
        for (String f : List.of("front_parallel", "front_tradeoff", "hypervolume")) {
            assertTrue(Files.size(tmp.resolve("one/charts/" + f + ".png")) > 0 && Files.size(tmp.resolve("one/charts/" + f + ".svg")) > 0, f);
        }
        assertTrue(Files.readString(tmp.resolve("one/report.html")).contains("<h2>The front</h2>"));
        assertEquals(2, Cli.run("optimize", search.toString(), "--out", tmp.resolve("one").toString()).status(), "a search is not overwritten without --resume");
    }

    @Test
    void onSparkTheSameFilesAsOnThreads() throws Exception {
        Cli spark = Cli.run("optimize", search.toString(), "--engine", "spark", "--master", "local[2]", "--out", tmp.resolve("spark").toString(), "--quiet");
        assertEquals(0, spark.status(), spark.err());
        assertSameFiles(tmp.resolve("one"), tmp.resolve("spark"));
        assertTrue(Files.readString(tmp.resolve("spark/search.manifest.json")).contains("\"engine\" : \"spark local[2]\""));
    }

    @Test
    void theFrontIsMutuallyNonDominatedAndEachMemberRerunGivesItsRecordedValues() throws Exception {
        Path out = tmp.resolve("one");
        List<String> front = Files.readAllLines(out.resolve("front.csv"));
        List<String> header = List.of(front.get(0).split(","));
        assertFalse(front.size() < 2, "a front of at least one member");
        int income = header.indexOf("money.commission_usd.p25");
        int paid = header.indexOf("money.requesters_paid_usd.mean");
        List<double[]> points = new ArrayList<>();
        for (String row : front.subList(1, front.size())) {
            String[] f = row.split(",");
            points.add(new double[] {-Double.parseDouble(f[income]), Double.parseDouble(f[paid])});
        }
        for (double[] a : points) {
            for (double[] b : points) {
                boolean dominates = a[0] <= b[0] && a[1] <= b[1] && (a[0] < b[0] || a[1] < b[1]);
                assertFalse(dominates, "front rows must not dominate each other: " + front);
            }
        }
        assertMembersReproduce(out, "rerun");
    }

    @Test
    void withASharedBurnInEveryCandidateContinuesFromItsStatesBurnInAndMembersReproduceFromIt() throws Exception {
        Path shared = Files.writeString(tmp.resolve("shared.yaml"), SEARCH.replace("name: tiny\n", "name: tiny-shared\nburnIn: shared\n"));
        Cli r = Cli.run("optimize", shared.toString(), "--out", tmp.resolve("shared").toString(), "--threads", "2");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("burning in 2 markets (one per state and replication)"), r.err());
        for (int s = 0; s < 2; s++) assertTrue(Files.size(tmp.resolve("shared/states/state-" + s + "-replication-1.state")) > 0);
        assertFalse(Files.readString(tmp.resolve("shared/evaluations.csv")).equals(Files.readString(tmp.resolve("one/evaluations.csv"))),
                "levers that act from day 0 after a common burn-in give other values than levers that act through the burn-in");
        assertTrue(Files.readString(tmp.resolve("shared/front/member-1.yaml")).contains(" --from-state states/state-1-replication-1.state "));
        assertMembersReproduce(tmp.resolve("shared"), "rerun-shared");
        Cli spark = Cli.run("optimize", shared.toString(), "--engine", "spark", "--master", "local[1]", "--out", tmp.resolve("never").toString());
        assertEquals(2, spark.status());
        assertTrue(spark.err().contains("burnIn: shared runs on this machine's threads"), spark.err());
    }

    /** Every front member, rerun with run in every state as its scenario file's comments say, gives the values evaluations.csv recorded. */
    private static void assertMembersReproduce(Path out, String prefix) throws Exception {
        List<String> front = Files.readAllLines(out.resolve("front.csv"));
        List<String> header = List.of(front.get(0).split(","));
        List<String> evaluations = Files.readAllLines(out.resolve("evaluations.csv"));
        List<String> columns = List.of(evaluations.get(0).split(","));
        ObjectMapper json = new ObjectMapper();
        for (int k = 1; k < front.size(); k++) {
            String candidate = front.get(k).split(",")[header.indexOf("candidate")];
            String member = Files.readString(out.resolve("front/member-" + k + ".yaml"));
            List<String> commands = member.lines().filter(l -> l.contains("./kempelen run ")).toList();
            assertEquals(2, commands.size(), member);
            for (int s = 0; s < 2; s++) {
                List<String> args = new ArrayList<>(List.of(commands.get(s).substring(commands.get(s).indexOf("./kempelen run ") + 15).split(" ")));
                args.set(0, out.resolve(args.get(0)).toString());
                if (args.contains("--from-state")) args.set(args.indexOf("--from-state") + 1, out.resolve(args.get(args.indexOf("--from-state") + 1)).toString());
                Path runDir = tmp.resolve(prefix + "-" + k + "-" + s);
                args.addAll(List.of("--out", runDir.toString(), "--no-charts"));
                args.add(0, "run");
                Cli run = Cli.run(args.toArray(String[]::new));
                assertEquals(0, run.status(), run.err());
                JsonNode summary = json.readTree(runDir.resolve("summary.json").toFile());
                final int state = s;
                String[] row = evaluations.stream().map(l -> l.split(",")).filter(f -> f[0].equals(candidate) && f[columns.indexOf("state")].equals("" + state))
                        .findFirst().orElseThrow();
                for (String metric : List.of("money.commission_usd", "money.requesters_paid_usd", "exposure.poorest_half_share_of_sensitive_items")) {
                    JsonNode v = summary;
                    for (String part : metric.split("\\.")) v = v.get(part);
                    assertEquals(Double.parseDouble(row[columns.indexOf(metric)]), v.asDouble(), 0.0, "member " + k + ", state " + s + ": " + metric);
                }
            }
        }
    }

    @Test
    void discoverFindsWhereACandidateMeetsAConditionOverTheStatesOfTheWorld() throws Exception {
        Path out = tmp.resolve("one");
        List<String> rows = Files.readAllLines(out.resolve("evaluations.csv")).stream().filter(l -> l.startsWith("1,")).toList();
        int column = List.of(Files.readAllLines(out.resolve("evaluations.csv")).get(0).split(",")).indexOf("money.requesters_paid_usd");
        double low = Math.min(Double.parseDouble(rows.get(0).split(",")[column]), Double.parseDouble(rows.get(1).split(",")[column]));
        double high = Math.max(Double.parseDouble(rows.get(0).split(",")[column]), Double.parseDouble(rows.get(1).split(",")[column]));
        assertTrue(low < high, "the two states differ: " + rows);
        Cli r = Cli.run("discover", out.toString(), "--candidate", "1", "--metric", "money.requesters_paid_usd", "--above", "" + (low + high) / 2,
                "--out", tmp.resolve("discovery").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("2 runs, 1 with money.requesters_paid_usd > ") && r.out().contains("  economy.subsistenceShare in ["), r.out());
        assertTrue(Files.exists(tmp.resolve("discovery/prim_box.csv")));
        Cli noCandidate = Cli.run("discover", out.toString(), "--metric", "money.requesters_paid_usd", "--above", "1");
        assertEquals(2, noCandidate.status());
        assertTrue(noCandidate.err().contains("choose its candidate with --candidate K"), noCandidate.err());
        Cli unknown = Cli.run("discover", out.toString(), "--candidate", "99", "--metric", "money.requesters_paid_usd", "--above", "1");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("no candidate 99 (ids run from 0, the base, to 8)"), unknown.err());
    }

    @Test
    void aKilledSearchResumesToTheSameFiles() throws Exception {
        Path killed = tmp.resolve("killed");
        copy(tmp.resolve("one"), killed);
        // The kill: the journal holds the header, the build, the base and 5 candidates, and half of the 6th; nothing was written after.
        Path journal = killed.resolve(".search-journal");
        List<String> lines = Files.readAllLines(journal);
        Files.writeString(journal, String.join("\n", lines.subList(0, 2 + 6)) + "\n" + lines.get(8).substring(0, lines.get(8).length() / 2));
        for (String f : List.of("front.csv", "hypervolume.csv", "states.csv", "report.html", "search.manifest.json")) Files.delete(killed.resolve(f));
        Cli resumed = Cli.run("optimize", search.toString(), "--out", killed.toString(), "--resume", "--threads", "2");
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.err().contains("generation 1/2 (from journal)"), resumed.err());
        assertSameFiles(tmp.resolve("one"), killed);
    }

    @Test
    void aFinishedSearchGoesOnWithALargerBudgetAndABudgetUnderAGenerationIsRefused() throws Exception {
        Path more = tmp.resolve("more");
        copy(tmp.resolve("one"), more);
        Cli r = Cli.run("optimize", search.toString(), "--out", more.toString(), "--resume", "--max-evaluations", "12");
        assertEquals(0, r.status(), r.err());
        List<String> before = Files.readAllLines(tmp.resolve("one/evaluations.csv"));
        List<String> after = Files.readAllLines(more.resolve("evaluations.csv"));
        assertEquals(1 + 13 * 2, after.size());
        assertEquals(before, after.subList(0, before.size()), "the first two generations are the same candidates");
        assertEquals(4, Files.readAllLines(more.resolve("hypervolume.csv")).size());
        Cli small = Cli.run("optimize", search.toString(), "--out", tmp.resolve("never").toString(), "--max-evaluations", "3");
        assertEquals(2, small.status());
        assertTrue(small.err().contains("--max-evaluations: a budget of 3 evaluations is less than one generation of 4"), small.err());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    @Test
    void aResumeByAnotherBuildIsRefusedUnlessAllowed() throws Exception {
        Path other = tmp.resolve("other-build");
        copy(tmp.resolve("one"), other);
        Path journal = other.resolve(".search-journal");
        Files.writeString(journal, Files.readString(journal).replace("build 0 " + BuildInfo.id() + "\n", "build 0 0.0.9 commit abcdefabcdef\n"));
        Cli r = Cli.run("optimize", search.toString(), "--out", other.toString(), "--resume");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("error: cannot resume " + other + ": it was made by build '0.0.9 commit abcdefabcdef'"), r.err());
        Cli allowed = Cli.run("optimize", search.toString(), "--out", other.toString(), "--resume", "--allow-build-change");
        assertEquals(0, allowed.status(), allowed.err());
        assertTrue(Files.readString(other.resolve("search.manifest.json")).contains("\"build\" : \"0.0.9 commit abcdefabcdef\""));
    }

    @Test
    void badSearchFilesAreRefusedWithTheirPlaces() throws Exception {
        String scenario = "scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n";
        Path f = Files.writeString(tmp.resolve("bad.yaml"), scenario
                + "levers:\n  platform.commission: {min: 0.4, max: 0.1}\n  workers.halfLifeDays: {min: 200, max: 900}\n"
                + "  platform.commision: {min: 0, max: 1}\n  platform.disclosure: {min: 0, max: 1}\n  platform.screening: {min: 0, max: 2}\n"
                + "objectives:\n  - {metric: wages.median_effective_wage, goal: maximise}\n  - {metric: harm.harmed_workers, goal: lower}\n"
                + "  - {metric: harm.harm_events, goal: minimise, robustness: {percentile: 120}}\n"
                + "constraints:\n  - {metric: money.commission_usd, atLeast: 10, robustness: regret}\n"
                + "algorithm: {name: spea2, populationSize: 10, maxEvaluations: 5}\nreplicates: 3\n");
        Cli r = Cli.run("optimize", f.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, r.status(), r.err());
        String e = r.err();
        assertTrue(e.contains("bad.yaml:3:24: levers.platform.commission: min 0.4 is not below max 0.1"), e);
        assertTrue(e.contains("bad.yaml:4:3: levers.workers.halfLifeDays: 'workers.halfLifeDays' is a structural parameter, not a policy lever"), e);
        assertTrue(e.contains("bad.yaml:5:3: levers.platform.commision: 'platform.commision' is not a scenario parameter"), e);
        assertTrue(e.contains("bad.yaml:6:24: levers.platform.disclosure: bounds are for numbers"), e);
        assertTrue(e.contains("bad.yaml:7:23: levers.platform.screening: the value 2.0 is refused by the scenario"), e);
        assertTrue(e.contains("bad.yaml:9:14: objectives.0.metric: no metric 'wages.median_effective_wage'"), e);
        assertTrue(e.contains("bad.yaml:10:41: objectives.1.goal: found 'lower'; allowed: minimise, maximise"), e);
        assertTrue(e.contains("objectives.2.robustness.percentile: found 120, allowed a percentile from 0 to 100"), e);
        assertTrue(e.contains("constraints.0.robustness: found 'regret'; allowed: worst, mean or {percentile: P}"), e);
        assertTrue(e.contains("algorithm.name: unknown algorithm 'spea2'; allowed: nsga2, nsga3"), e);
        assertTrue(e.contains("bad.yaml:15:1: replicates: unknown key 'replicates'"), e);
        assertFalse(Files.exists(tmp.resolve("never")));

        Path empty = Files.writeString(tmp.resolve("empty.yaml"), scenario + "levers:\n  platform.commission: {min: 0.1, max: 0.3}\nobjectives: []\n");
        Cli r2 = Cli.run("optimize", empty.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, r2.status());
        assertTrue(r2.err().contains("empty.yaml:4:13: objectives: found an empty list; give a list of at least one"), r2.err());
        Path budget = Files.writeString(tmp.resolve("budget.yaml"), scenario + "levers:\n  platform.commission: {min: 0.1, max: 0.3}\n"
                + "objectives:\n  - {metric: harm.harmed_workers, goal: minimise}\nalgorithm: {populationSize: 10, maxEvaluations: 5}\n");
        Cli r3 = Cli.run("optimize", budget.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, r3.status());
        assertTrue(r3.err().contains("budget.yaml:6:49: algorithm.maxEvaluations: a budget of 5 evaluations is less than one generation of 10"), r3.err());
    }

    private static void assertSameFiles(Path a, Path b) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(a)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("search.manifest.json")).sorted().toList();
        }
        try (Stream<Path> walk = Files.walk(b)) {
            assertEquals(files.size(), walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("search.manifest.json")).count());
        }
        for (Path f : files) assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(a.relativize(f))), a.relativize(f).toString());
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p));
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
