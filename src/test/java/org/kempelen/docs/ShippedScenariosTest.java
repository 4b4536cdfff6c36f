package org.kempelen.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kempelen.scenario.ScenarioLoader;

/** Every shipped scenario and sweep is valid and states its question in a comment on top. */
class ShippedScenariosTest {
    @Test
    void everyShippedScenarioLoadsAndAsksItsQuestion() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().equals("baseline.yaml")));
        for (Path f : files) {
            ScenarioLoader.load(f, List.of());
            String head = Files.readString(f).lines().takeWhile(l -> l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
            assertTrue(head.contains("Question:"), f + " states its question in its top comment");
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
