package org.kempelen.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash that tells a build of a modified tree: the code's names and contents, not when or how it was packed. */
class CodeHashTest {
    @TempDir
    Path tmp;

    private Path classes(String name, String a) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name).resolve("org/kempelen"));
        Files.writeString(dir.resolve("A.class"), a);
        Files.writeString(dir.resolve("B.class"), "b");
        return tmp.resolve(name);
    }

    private Path jar(String name, String a, long time, String createdBy) throws Exception {
        Manifest mf = new Manifest();
        mf.getMainAttributes().putValue("Manifest-Version", "1.0");
        mf.getMainAttributes().putValue("Created-By", createdBy);
        Path jar = tmp.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, mf)) {
            for (String[] e : new String[][] {{"org/kempelen/B.class", "b"}, {"org/kempelen/A.class", a}}) {
                JarEntry entry = new JarEntry(e[0]);
                entry.setTime(time);
                out.putNextEntry(entry);
                out.write(e[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void theSameCodeHashesTheSameHoweverPackedAndAChangeShows() throws Exception {
        Path dir = classes("classes", "a");
        Files.setLastModifiedTime(dir.resolve("org/kempelen/A.class"), FileTime.fromMillis(0));
        String h = CodeHash.of(dir);
        assertEquals(64, h.length());
        assertEquals(h, CodeHash.of(jar("one.jar", "a", 0, "17")), "entries in another order, a manifest: the same code");
        assertEquals(h, CodeHash.of(jar("two.jar", "a", 1_700_000_000_000L, "21")), "packed at another time by another JDK");
        assertNotEquals(h, CodeHash.of(classes("changed", "a2")), "one class changed");
        assertNotEquals(h, CodeHash.of(jar("three.jar", "a2", 0, "17")));
    }
}
