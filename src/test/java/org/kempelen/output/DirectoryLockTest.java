package org.kempelen.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per output directory: across processes (an OS lock), within one (a table), and never blocked by a stale lock file. */
class DirectoryLockTest {
    @TempDir
    Path tmp;

    /** Holds the lock of the directory given until killed; says "locked" once it holds it. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            DirectoryLock lock = DirectoryLock.acquire(Path.of(args[0]));
            System.out.println("locked " + lock.directory());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static Process holder(Path dir) throws java.io.IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
    }

    @Test
    void anotherProcessIsRefusedUntilTheHolderIsKilledAndItsStaleLockFileDoesNotBlock() throws Exception {
        Path dir = tmp.resolve("out");
        Process holder = holder(dir);
        try {
            String first = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertTrue(first != null && first.startsWith("locked"), "the child holds the lock: " + first);
            UnusableOutputException e = assertThrows(UnusableOutputException.class, () -> DirectoryLock.acquire(dir));
            assertTrue(e.getMessage().startsWith("another kempelen process is writing " + dir + " (pid " + holder.pid() + ", started "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("wait for it to finish or choose another --out"), e.getMessage());
            assertFalse(Files.exists(dir), "the lock is beside the directory, not in it");
        } finally {
            holder.destroyForcibly().waitFor(); // SIGKILL: the OS drops the lock, the file stays
        }
        Path stale = DirectoryLock.lockFile(dir);
        assertTrue(Files.exists(stale), "a killed holder leaves its lock file");
        try (DirectoryLock lock = DirectoryLock.acquire(dir)) {
            assertEquals(dir, lock.directory());
            assertTrue(Files.readString(stale).startsWith("pid " + ProcessHandle.current().pid() + ", started "));
        }
        assertFalse(Files.exists(stale), "a writer that finishes removes its lock file");
    }

    @Test
    void aSecondWriterInTheSameProcessIsRefusedAndTheFirstKeepsItsLock() throws Exception {
        Path dir = tmp.resolve("sweep");
        try (DirectoryLock first = DirectoryLock.acquire(dir)) {
            UnusableOutputException e = assertThrows(UnusableOutputException.class,
                    () -> DirectoryLock.acquire(tmp.resolve("x").resolve("..").resolve("sweep"), "merge when it is done"));
            assertTrue(e.getMessage().startsWith("this kempelen process is writing "), e.getMessage());
            assertTrue(e.getMessage().endsWith("wait for it to finish or merge when it is done"), e.getMessage());
            assertTrue(Files.exists(DirectoryLock.lockFile(dir)), "refusing the second writer left the first one's lock file alone");
            // ... and its OS lock: another process is still refused.
            Process other = holder(dir);
            boolean ended = other.waitFor(60, TimeUnit.SECONDS);
            if (!ended) other.destroyForcibly().waitFor();
            assertTrue(ended && other.exitValue() != 0, "the child could not lock it");
            String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(said.contains("another kempelen process is writing " + dir + " (pid " + ProcessHandle.current().pid()), said);
        }
        try (DirectoryLock again = DirectoryLock.acquire(dir)) {
            assertEquals(dir, again.directory());
        }
    }
}
