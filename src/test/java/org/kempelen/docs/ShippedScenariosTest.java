package org.kempelen.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kempelen.model.MarketModel;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioLoader;

/** Every shipped scenario and sweep is valid and states its question in a comment on top. */
class ShippedScenariosTest {
    /** Every scenario file of the library, subfolders included. */
    static List<Path> library() throws java.io.IOException {
        try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyShippedScenarioLoadsAsksItsQuestionAndRunsAShortHorizon() throws Exception {
        List<Path> files = library();
        assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().equals("baseline.yaml")));
        for (Path f : files) {
            Scenario s = ScenarioLoader.load(f, List.of("population=1500", "days=30", "burnInDays=10", "warmupDays=10"));
            String head = Files.readString(f).lines().takeWhile(l -> l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
            assertTrue(head.contains("Question:"), f + " states its question in its top comment");
            assertFalse(s.description().isBlank(), f + " has a description (listed by 'scenarios')");
            MarketModel m = new MarketModel(s);
            m.run();
            assertTrue(m.stats.offersEvaluated > 0, f + " runs and workers see offers");
            assertTrue(m.ledger().conserved(), f + " conserves money");
        }
    }

    @Test
    void everyShippedSweepLoadsAndAsksItsQuestion() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("sweeps"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 2, "at least two example sweeps");
        for (Path f : files) {
            org.kempelen.experiment.Sweep sweep = org.kempelen.experiment.Sweep.load(f);
            assertTrue(sweep.runs().size() > 1, f.toString());
            String head = Files.readString(f).lines().takeWhile(l -> l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
            assertTrue(head.contains("Question:"), f + " states its question in its top comment");
        }
    }
}
