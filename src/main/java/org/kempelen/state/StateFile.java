package org.kempelen.state;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.kempelen.model.MarketState;
import org.kempelen.scenario.InputLimits;

/**
 * The binary file a saved market lives in (docs/STATES.md). A state file is
 * input and may be hostile, so it is never Java-deserialised: it is a magic line, a format
 * version, then named typed primitive arrays (name, element type, count, big-endian values),
 * then the SHA-256 of everything before it. Reading checks the digest over the whole file before
 * anything is parsed, and every count against the bytes left, so a truncated, corrupted or
 * foreign file is refused with a message and never allocates more than the file holds.
 */
public final class StateFile {
    static final byte[] MAGIC = "KEMPELEN STATE\n".getBytes(StandardCharsets.US_ASCII);
    /** Bumped whenever the arrays a state holds change; a file of another version is refused. */
    public static final int FORMAT_VERSION = 3;
    private static final int DIGEST_BYTES = 32;
    private static final int MAX_NAME_BYTES = 200;
    private static final Class<?>[] TYPES = {byte.class, short.class, int.class, long.class, float.class, double.class, boolean.class};
    private static final int[] WIDTH = {1, 2, 4, 8, 4, 8, 1};

    private StateFile() {}

    /** What a state says about itself before its arrays: the build that wrote it, the resolved scenario, the day. */
    public record Header(String build, String scenarioYaml, int day) {}

    /** A problem with a state file: the message names the file and what is wrong. */
    public static final class BadStateException extends Exception {
        public BadStateException(String message) {
            super(message);
        }
    }

    /** Writes a state through {@code body} into {@code file}, atomically: the file is whole or not there. */
    public static void write(Path file, Header header, java.util.function.Consumer<MarketState.Sink> body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            MessageDigest sha = sha256();
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                DataOutputStream out = new DataOutputStream(new DigestOutputStream(raw, sha));
                out.write(MAGIC);
                out.writeInt(FORMAT_VERSION);
                Writer w = new Writer(out);
                w.put("header.build", header.build().getBytes(StandardCharsets.UTF_8));
                w.put("header.scenario", header.scenarioYaml().getBytes(StandardCharsets.UTF_8));
                w.put("header.day", new int[] {header.day()});
                body.accept(w);
                w.put("end", new byte[0]);
                out.flush();
                raw.write(sha.digest());
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** An open state file, checked whole: its header, then its arrays in order through {@link #source}. */
    public static final class Reader implements AutoCloseable {
        private final Path file;
        private final DataInputStream in;
        private long left;
        public final Header header;

        private Reader(Path file) throws IOException, BadStateException {
            this.file = file;
            long size = Files.size(file);
            if (size < MAGIC.length + 4 + DIGEST_BYTES) throw bad("it is too short to be a state (" + size + " bytes)");
            try (InputStream head = Files.newInputStream(file)) {
                if (!Arrays.equals(head.readNBytes(MAGIC.length), MAGIC)) {
                    throw bad("it is not a Kempelen state file (it does not begin with 'KEMPELEN STATE')");
                }
            }
            checkDigest(size);
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            left = size - DIGEST_BYTES;
            read(new byte[MAGIC.length]);
            int version = in.readInt();
            left -= 4;
            if (version != FORMAT_VERSION) {
                throw bad("its format version is " + version + "; this build reads version " + FORMAT_VERSION
                        + " (save the state again with this build)");
            }
            try {
                String build = new String((byte[]) take("header.build", byte.class), StandardCharsets.UTF_8);
                String yaml = new String((byte[]) take("header.scenario", byte.class), StandardCharsets.UTF_8);
                int day = ((int[]) take("header.day", int.class))[0];
                header = new Header(build, yaml, day);
            } catch (IllegalStateException e) {
                throw bad(e.getMessage());
            }
        }

        /** The arrays after the header, for {@link MarketState}; a mismatch throws {@link IllegalStateException}. */
        public MarketState.Source source() {
            return this::take;
        }

        /** Checks that nothing but the end mark is left: a state whose reader stopped early does not match this build. */
        public void finish() throws BadStateException {
            try {
                take("end", byte.class);
            } catch (IllegalStateException e) {
                throw bad(e.getMessage());
            }
            if (left != 0) throw bad(left + " bytes follow its end mark");
        }

        private Object take(String name, Class<?> type) {
            try {
                int nameBytes = in.readUnsignedShort();
                left -= 2;
                if (nameBytes > MAX_NAME_BYTES || nameBytes > left) throw new IllegalStateException("a record name of " + nameBytes + " bytes");
                byte[] nb = new byte[nameBytes];
                read(nb);
                String found = new String(nb, StandardCharsets.UTF_8);
                int t = in.readUnsignedByte();
                int count = in.readInt();
                left -= 5;
                if (!found.equals(name)) {
                    throw new IllegalStateException("expected the record '" + name + "' but found " + InputLimits.quote(found)
                            + " (a state of another build or layout)");
                }
                if (t >= TYPES.length || TYPES[t] != type) {
                    throw new IllegalStateException("record '" + name + "' holds " + (t < TYPES.length ? TYPES[t] : "type " + t) + " values, not " + type);
                }
                if (count < 0 || (long) count * WIDTH[t] > Math.min(left, Integer.MAX_VALUE - 8)) {
                    throw new IllegalStateException("record '" + name + "' claims " + count + " values, more than the " + left + " bytes left");
                }
                byte[] bytes = new byte[count * WIDTH[t]];
                read(bytes);
                return decode(t, count, bytes);
            } catch (EOFException e) {
                throw new IllegalStateException("it ends inside a record (truncated)");
            } catch (IOException e) {
                throw new IllegalStateException("it cannot be read: " + e.getMessage());
            }
        }

        private void read(byte[] b) throws IOException {
            in.readFully(b);
            left -= b.length;
        }

        private void checkDigest(long size) throws IOException, BadStateException {
            MessageDigest sha = sha256();
            byte[] stored = new byte[DIGEST_BYTES];
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                byte[] buf = new byte[1 << 16];
                long body = size - DIGEST_BYTES;
                for (long done = 0; done < body; ) {
                    int n = raw.read(buf, 0, (int) Math.min(buf.length, body - done));
                    if (n < 0) throw bad("it ended while being read");
                    sha.update(buf, 0, n);
                    done += n;
                }
                new DataInputStream(raw).readFully(stored);
            }
            if (!MessageDigest.isEqual(stored, sha.digest())) {
                throw bad("its checksum does not match its contents (the file is corrupted or truncated)");
            }
        }

        BadStateException bad(String what) {
            return new BadStateException("state file " + file + ": " + what);
        }

        @Override
        public void close() throws IOException {
            if (in != null) in.close();
        }
    }

    /** Opens {@code file}, checking its digest, magic and format version, and reads its header. */
    public static Reader open(Path file) throws IOException, BadStateException {
        if (!Files.isRegularFile(file)) throw new BadStateException("state file " + file + ": no such file");
        return new Reader(file);
    }

    private static final class Writer implements MarketState.Sink {
        private final DataOutputStream out;
        private byte[] buffer = new byte[1 << 16];

        Writer(DataOutputStream out) {
            this.out = out;
        }

        @Override
        public void put(String name, Object array, int count) {
            int t = Arrays.asList(TYPES).indexOf(array.getClass().getComponentType());
            if (t < 0) throw new IllegalArgumentException(name + ": not a primitive array");
            byte[] nb = name.getBytes(StandardCharsets.UTF_8);
            if (nb.length > MAX_NAME_BYTES) throw new IllegalArgumentException("record name too long: " + name);
            if (count < 0 || count > Array.getLength(array)) throw new IllegalArgumentException(name + ": " + count + " values of " + Array.getLength(array));
            try {
                out.writeShort(nb.length);
                out.write(nb);
                out.writeByte(t);
                out.writeInt(count);
                int per = buffer.length / WIDTH[t];
                for (int from = 0; from < count; from += per) {
                    int n = Math.min(per, count - from);
                    encode(t, array, from, n, ByteBuffer.wrap(buffer));
                    out.write(buffer, 0, n * WIDTH[t]);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void encode(int t, Object a, int from, int n, ByteBuffer b) {
        switch (t) {
            case 0 -> b.put((byte[]) a, from, n);
            case 1 -> b.asShortBuffer().put((short[]) a, from, n);
            case 2 -> b.asIntBuffer().put((int[]) a, from, n);
            case 3 -> b.asLongBuffer().put((long[]) a, from, n);
            case 4 -> b.asFloatBuffer().put((float[]) a, from, n);
            case 5 -> b.asDoubleBuffer().put((double[]) a, from, n);
            default -> {
                boolean[] z = (boolean[]) a;
                for (int i = 0; i < n; i++) b.put((byte) (z[from + i] ? 1 : 0));
            }
        }
    }

    private static Object decode(int t, int n, byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        switch (t) {
            case 0: return bytes;
            case 1: { short[] a = new short[n]; b.asShortBuffer().get(a); return a; }
            case 2: { int[] a = new int[n]; b.asIntBuffer().get(a); return a; }
            case 3: { long[] a = new long[n]; b.asLongBuffer().get(a); return a; }
            case 4: { float[] a = new float[n]; b.asFloatBuffer().get(a); return a; }
            case 5: { double[] a = new double[n]; b.asDoubleBuffer().get(a); return a; }
            default: {
                boolean[] a = new boolean[n];
                for (int i = 0; i < n; i++) {
                    if (bytes[i] > 1) throw new IllegalStateException("a boolean record holds the byte " + bytes[i]);
                    a[i] = bytes[i] == 1;
                }
                return a;
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
