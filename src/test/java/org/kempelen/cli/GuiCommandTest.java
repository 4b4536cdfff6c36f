package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gui} refuses what {@code run} refuses before any window opens (exit 2, the place named),
 * and without a display says how to get one (exit 1); the unit tests run headless.
 */
class GuiCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aScenarioCheckRefusesIsRefusedBeforeAnyWindow() throws Exception {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, "name: bad\ndays: 0\n");
        Cli r = Cli.run("gui", f.toString(), "--screenshot", tmp.resolve("shots").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("bad.yaml:2:7") && r.err().contains("days"), r.err());
        assertTrue(Files.notExists(tmp.resolve("shots")), "nothing written");
    }

    @Test
    void withoutADisplayItSaysHowToGetOne() throws Exception {
        Path f = tmp.resolve("ok.yaml");
        Files.writeString(f, "name: ok\npopulation: 200\ndays: 2\nburnInDays: 1\n");
        Cli r = Cli.run("gui", f.toString(), "--screenshot", tmp.resolve("shots").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("needs a display") && r.err().contains("xvfb-run -a ./kempelen gui"), r.err());
    }
}
