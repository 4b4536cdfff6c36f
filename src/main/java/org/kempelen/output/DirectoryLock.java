package org.kempelen.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The right of one process to write an output directory (a run, a sweep, a merge, a
 * calibration), held from before the first file is written until the last one is.
 * <p>
 * The lock is an OS file lock ({@link FileChannel#tryLock()}) on a lock file beside the
 * directory, {@code .<name>.kempelen.lock}: beside it, not in it, because a run directory is
 * written under a temporary name and renamed into place (it does not exist while it is
 * written), and because nothing inside a directory should change what resume, merge or a
 * byte-for-byte comparison reads there. The OS drops the lock when the process ends, even on
 * SIGKILL; a lock file left behind then is stale and does not stop the next writer: the lock,
 * not the file, decides. A writer that finishes deletes the lock file while it still holds the
 * lock; whoever locks next checks that the path still names the file it locked, so no two
 * writers can hold two different files of the same name.
 * <p>
 * Within one JVM the OS lock cannot tell two writers apart, and closing any channel of a locked
 * file would drop it (POSIX), so locks held by this process are also kept in a table and a
 * second writer is refused from that table, without opening the file.
 */
public final class DirectoryLock implements AutoCloseable {
    /** The end of a lock file's name. */
    public static final String SUFFIX = ".kempelen.lock";
    private static final Map<Path, DirectoryLock> HELD = new ConcurrentHashMap<>();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final java.util.List<FileChannel> KEPT_OPEN = new java.util.ArrayList<>();
    private static final int ATTEMPTS = 5;

    private final Path directory;
    private final Path file;
    private final String holder;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Path directory, Path file, String holder, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.file = file;
        this.holder = holder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code dir} for this process; refused (exit 2) when another writer holds it, advising another --out. */
    public static DirectoryLock acquire(Path dir) throws IOException {
        return acquire(dir, "choose another --out");
    }

    /**
     * Locks {@code dir} (which need not exist yet; its parent is created) for this process.
     * {@code otherwise} is what the user can do instead of waiting, for the message.
     */
    public static DirectoryLock acquire(Path dir, String otherwise) throws IOException {
        Path file = lockFile(dir);
        String holder = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // The second line makes this writer's lock file unlike any other's (for the check below).
        byte[] content = (holder + "\n" + SEQUENCE.incrementAndGet() + " " + System.nanoTime() + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (HELD) {
            DirectoryLock mine = HELD.get(file);
            if (mine != null) throw busy(dir, "this kempelen process", mine.holder, otherwise);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Object identity = createAndIdentify(file);
                if (identity == null) continue;
                FileChannel channel;
                try {
                    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException sameJvm) {
                    // This JVM holds it under another name of the same file (a link): locked all the same. Closing
                    // this channel would drop that lock (POSIX), so it stays open.
                    KEPT_OPEN.add(channel);
                    throw busy(dir, "this kempelen process", read(channel), otherwise);
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
                if (lock == null) {
                    String other = read(channel);
                    channel.close();
                    throw busy(dir, "another kempelen process", other, otherwise);
                }
                // The holder before us may have deleted the file as we opened it: then we locked a file no one else sees.
                if (!Objects.equals(identity, identify(file))) {
                    channel.close();
                    continue;
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(content), 0);
                DirectoryLock held = new DirectoryLock(dir, file, holder, channel, lock);
                HELD.put(file, held);
                return held;
            }
        }
        throw new IOException("cannot lock " + dir + ": its lock file " + file + " keeps being replaced");
    }

    /** The lock file of {@code dir}: {@code .<name>.kempelen.lock} in its (real) parent directory. */
    public static Path lockFile(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || abs.getFileName() == null) throw new UnusableOutputException("cannot write into " + dir + ": choose a directory below it");
        Files.createDirectories(parent);
        return parent.toRealPath().resolve("." + abs.getFileName() + SUFFIX);
    }

    /** The directory locked. */
    public Path directory() {
        return directory;
    }

    /** Deletes the lock file, then lets go of the lock. */
    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (!HELD.remove(file, this)) return;
            try {
                Files.deleteIfExists(file);
            } finally {
                lock.release();
                channel.close();
            }
        }
    }

    /** Creates the lock file if need be; its identity (device and inode), or null when it vanished meanwhile. */
    private static Object createAndIdentify(Path file) throws IOException {
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException stale) {
            // Left by a writer that was killed, or held by a writer now: the lock will tell.
        }
        return identify(file);
    }

    /**
     * The identity of the file at {@code file} without opening it (opening and closing would drop
     * this process's lock); null when absent, and the path itself where the file system has no
     * file keys (no check is possible there).
     */
    private static Object identify(Path file) throws IOException {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key != null ? key : file;
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    /** Who holds the lock, as its lock file says. */
    private static String read(FileChannel channel) {
        try {
            ByteBuffer b = ByteBuffer.allocate(256);
            channel.read(b, 0);
            String first = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            return first.isBlank() ? "just started" : first;
        } catch (IOException e) {
            return "holder unknown";
        }
    }

    private static UnusableOutputException busy(Path dir, String who, String holder, String otherwise) {
        return new UnusableOutputException(who + " is writing " + dir + " (" + holder + "); wait for it to finish or " + otherwise);
    }
}
