package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --save-state / --from-state} from the command line: a state saved and continued; bad uses exit 2 with a message. */
class SavedStateCommandTest {
    @TempDir
    Path tmp;

    private static final String[] SMALL = {"--population", "1000", "--days", "10", "--set", "burnInDays=10", "--quiet", "--no-charts", "--microdata", "none"};

    private Cli run(String... args) {
        String[] all = new String[args.length + SMALL.length + 2];
        all[0] = "run";
        all[1] = "scenarios/baseline.yaml";
        System.arraycopy(args, 0, all, 2, args.length);
        System.arraycopy(SMALL, 0, all, 2 + args.length, SMALL.length);
        return Cli.run(all);
    }

    @Test
    void savesAndContinues() throws Exception {
        Path state = tmp.resolve("s.state");
        Cli saved = run("--save-state", state.toString(), "--state-day", "4", "--out", tmp.resolve("a").toString());
        assertEquals(0, saved.status(), saved.err());
        Cli continued = run("--from-state", state.toString(), "--out", tmp.resolve("b").toString(), "--threads", "2");
        assertEquals(0, continued.status(), continued.err());
        assertEquals(Files.readString(tmp.resolve("a/timeseries.csv")), Files.readString(tmp.resolve("b/timeseries.csv")));
    }

    @Test
    void badUsesExitTwoAndWriteNothing() {
        Cli noSave = run("--state-day", "3", "--out", tmp.resolve("x").toString());
        assertEquals(2, noSave.status());
        assertTrue(noSave.err().contains("--state-day needs --save-state"), noSave.err());
        Cli missing = run("--from-state", tmp.resolve("none.state").toString(), "--out", tmp.resolve("y").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("none.state: no such file"), missing.err());
        Cli late = run("--save-state", tmp.resolve("z.state").toString(), "--state-day", "10", "--out", tmp.resolve("z").toString());
        assertEquals(2, late.status());
        assertTrue(late.err().contains("--state-day 10 is not a recorded day of this scenario: from 0 to 9"), late.err());
        Cli directory = run("--save-state", tmp.toString(), "--out", tmp.resolve("w").toString());
        assertEquals(2, directory.status());
        assertTrue(directory.err().contains("is a directory"), directory.err());
        for (String d : new String[] {"x", "y", "z", "w"}) assertFalse(Files.exists(tmp.resolve(d)), d);
    }
}
