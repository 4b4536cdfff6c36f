package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A run too large for the heap is refused before it starts; a heap that runs out anyway is one line of advice, not a stack trace. */
class MemoryFailureTest {
    @TempDir
    Path tmp;

    @Test
    void aRunThatWillNotFitIsRefusedWithTheEstimateTheHeapAndTheAdvice() throws Exception {
        Path file = tmp.resolve("big.yaml");
        Files.writeString(file, "name: big\npopulation: 50000000\ndays: 3650\n");
        Path out = tmp.resolve("run");
        Cli r = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(KempelenCommand.BAD_INPUT, r.status(), r.err());
        String line = r.err().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.matches("error: 'big' with 50,000,000 workers over 4015 days \\(365 of them burn-in\\) needs about [0-9.]+ GB of Java heap, "
                + "more than the [0-9.]+ GB this JVM may use\\. Raise the heap with KEMPELEN_JAVA_OPTS, e\\.g\\. KEMPELEN_JAVA_OPTS=-Xmx[0-9]+g \\./kempelen .*"), line);
        assertFalse(Files.exists(out), "nothing written");
        assertEquals(KempelenCommand.BAD_INPUT, Cli.run("bench", file.toString()).status());
    }

    @Test
    void anOutOfMemoryErrorIsOneLineWithAdvice() {
        // Thrown on the command's thread (an Error picocli does not hand to Failures) or arriving wrapped from a pool thread.
        for (Throwable t : new Throwable[] {new OutOfMemoryError("Java heap space"), new ExecutionException(new OutOfMemoryError("Java heap space"))}) {
            StringWriter err = new StringWriter();
            CommandLine cl = new CommandLine(new Throwing(t));
            cl.setErr(new PrintWriter(err));
            assertEquals(KempelenCommand.FAILURE, KempelenCommand.execute(cl));
            String text = err.toString().strip();
            assertEquals(1, text.lines().count(), text);
            assertTrue(text.startsWith("error: out of memory: the Java heap of "), text);
            assertTrue(text.contains("KEMPELEN_JAVA_OPTS=-Xmx"), text);
        }
    }

    @CommandLine.Command(name = "throwing")
    static final class Throwing implements Callable<Integer> {
        private final Throwable t;

        Throwing(Throwable t) {
            this.t = t;
        }

        @Override
        public Integer call() throws Exception {
            if (t instanceof Error e) throw e;
            throw (Exception) t;
        }
    }
}
