package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code discover} on a sweep directory: the box, its files and figures; bad uses exit 2 with a message. */
class DiscoverCommandTest {
    @TempDir
    Path tmp;

    /** runs.csv of a sweep over a (numeric), rule (text) and b (numeric): the metric is high where a > 0.6, whatever b. */
    private Path sweep() throws Exception {
        Random rng = new Random(1);
        StringBuilder s = new StringBuilder("run,point,replication,seed,a,rule,b,status,error,wall_seconds,m\n");
        for (int i = 0; i < 400; i++) {
            double a = rng.nextDouble(), b = rng.nextDouble();
            double m = (a > 0.6 ? 2 : 0) + rng.nextDouble();
            s.append(i).append(',').append(i).append(",0,").append(i + 100).append(',').append(a).append(",FIXED,").append(b)
                    .append(",ok,,0.1,").append(m).append('\n');
        }
        s.append("400,400,0,500,0.9,FIXED,0.5,failed,boom,0.1,NA\n");
        Path dir = tmp.resolve("sweep");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("runs.csv"), s);
        return dir;
    }

    @Test
    void findsTheRegionAndWritesItsFiles() throws Exception {
        Path dir = sweep();
        Cli r = Cli.run("discover", dir.toString(), "--metric", "m", "--above", "1.5");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("400 runs") && r.out().contains("  a in [0.6"), r.out());
        assertTrue(!r.out().contains("  b in"), "b is not restricted: " + r.out());
        assertTrue(r.err().contains("not numeric, so not searched: rule"), r.err());
        for (String f : new String[] {"prim_trajectory.csv", "prim_box.csv", "prim_trajectory.png", "prim_box.svg"}) {
            assertTrue(Files.exists(dir.resolve("discovery").resolve(f)), f);
        }
        assertTrue(Files.readString(dir.resolve("discovery/prim_box.csv")).contains("a,0.6"));
    }

    @Test
    void badUsesExitTwo() throws Exception {
        Path dir = sweep();
        Cli unknown = Cli.run("discover", dir.toString(), "--metric", "wages.median", "--above", "1");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("no metric column 'wages.median'") && unknown.err().contains("m"), unknown.err());
        Cli none = Cli.run("discover", dir.toString(), "--metric", "m", "--above", "99");
        assertEquals(2, none.status());
        assertTrue(none.err().contains("no run meets the condition"), none.err());
        Cli notASweep = Cli.run("discover", tmp.toString(), "--metric", "m", "--below", "1");
        assertEquals(2, notASweep.status());
        assertTrue(notASweep.err().contains("no runs.csv"), notASweep.err());
        Cli noCondition = Cli.run("discover", dir.toString(), "--metric", "m");
        assertEquals(2, noCondition.status());
        Cli alpha = Cli.run("discover", dir.toString(), "--metric", "m", "--above", "1", "--alpha", "2");
        assertEquals(2, alpha.status());
        assertTrue(alpha.err().contains("--alpha"), alpha.err());
    }
}
