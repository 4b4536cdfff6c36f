package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kempelen scenarios}: the library with bases and questions; an invalid file fails the listing. */
class ScenariosCommandTest {
    @TempDir
    Path dir;

    @Test
    void theShippedLibraryListsEveryScenarioWithItsQuestion() {
        Cli r = Cli.run("scenarios");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("baseline.yaml\n    Fixed prices"), r.out());
        assertTrue(r.out().contains("policies/pay-floor.yaml  (extends baseline.yaml)\n"), r.out());
        assertTrue(r.out().contains("cases/id-scam-philippines.yaml  (extends baseline.yaml)\n"), r.out());
    }

    @Test
    void anInvalidFileIsShownWithItsProblemAndFailsTheListing() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "name: a\ndescription: fine\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.yaml"), "extends: ../a.yaml\ndays: -3\n");
        Cli r = Cli.run("scenarios", dir.toString());
        assertEquals(2, r.status());
        assertTrue(r.out().contains("a.yaml\n    fine\n"), r.out());
        assertTrue(r.out().contains("sub/b.yaml  (extends a.yaml)\n    INVALID " + dir.resolve("sub/b.yaml") + ":2:7: days: found -3"), r.out());
        assertTrue(r.err().contains("1 of 2 scenario files are invalid"), r.err());
        assertEquals(2, Cli.run("scenarios", dir.resolve("none").toString()).status());
    }
}
