package org.kempelen.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file's format: arrays come back as written; a hostile file is refused without allocating what it claims. */
class StateFileTest {
    @TempDir
    Path tmp;

    @Test
    void arraysComeBackAsWrittenAndTheEndIsChecked() throws Exception {
        Path f = tmp.resolve("a.state");
        double[] big = new double[100_000];
        for (int i = 0; i < big.length; i++) big[i] = Math.sqrt(i) - 7;
        StateFile.write(f, new StateFile.Header("test", "name: x\n", 3), out -> {
            out.put("ints", new int[] {1, -2, Integer.MAX_VALUE});
            out.put("big", big);
            out.put("flags", new boolean[] {true, false});
            out.put("floats", new float[] {1.5f, Float.NaN});
        });
        try (StateFile.Reader r = StateFile.open(f)) {
            assertEquals(new StateFile.Header("test", "name: x\n", 3), r.header);
            var in = r.source();
            assertArrayEquals(new int[] {1, -2, Integer.MAX_VALUE}, (int[]) in.take("ints", int.class));
            assertArrayEquals(big, (double[]) in.take("big", double.class));
            assertArrayEquals(new boolean[] {true, false}, (boolean[]) in.take("flags", boolean.class));
            assertArrayEquals(new float[] {1.5f, Float.NaN}, (float[]) in.take("floats", float.class));
            r.finish();
        }
        try (StateFile.Reader r = StateFile.open(f)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.source().take("longs", long.class));
            assertTrue(e.getMessage().contains("expected the record 'longs' but found 'ints'"), e.getMessage());
        }
    }

    @Test
    void aRecordClaimingMoreThanTheFileHoldsIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(StateFile.MAGIC);
        out.writeInt(StateFile.FORMAT_VERSION);
        byte[] name = "header.build".getBytes(StandardCharsets.UTF_8);
        out.writeShort(name.length);
        out.write(name);
        out.writeByte(0);
        out.writeInt(Integer.MAX_VALUE);
        Path f = signed("hostile.state", out, bytes);
        StateFile.BadStateException e = assertThrows(StateFile.BadStateException.class, () -> StateFile.open(f));
        assertTrue(e.getMessage().contains("claims " + Integer.MAX_VALUE + " values"), e.getMessage());
    }

    @Test
    void anotherFormatVersionIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(StateFile.MAGIC);
        out.writeInt(StateFile.FORMAT_VERSION + 1);
        out.write(new byte[40]);
        Path f = signed("future.state", out, bytes);
        StateFile.BadStateException e = assertThrows(StateFile.BadStateException.class, () -> StateFile.open(f));
        assertTrue(e.getMessage().contains("format version is " + (StateFile.FORMAT_VERSION + 1)), e.getMessage());
    }

    /** A file of what {@code out} wrote into {@code bytes}, with its digest: intact, whatever it says. */
    private Path signed(String name, DataOutputStream out, ByteArrayOutputStream bytes) throws Exception {
        out.flush();
        byte[] body = bytes.toByteArray();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(body);
        file.write(MessageDigest.getInstance("SHA-256").digest(body));
        Path f = tmp.resolve(name);
        Files.write(f, file.toByteArray());
        return f;
    }
}
