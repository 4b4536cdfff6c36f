package org.kempelen.output;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of the code this process runs Kempelen from: the entries of kempelen.jar, or the files
 * under target/classes (tests). Entries are hashed by name and content in name order, not as
 * the jar's bytes, since a jar records when each entry was packed: two builds of the same code
 * hash the same. The jar's manifest is left out for the same reason (it names the JDK that packed it).
 */
final class CodeHash {
    private CodeHash() {}

    /** "sha256 " and the first 16 hexadecimal digits, or a sentence saying why there is none. */
    static String ofThisBuild() {
        try {
            CodeSource source = CodeHash.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) return "hash unavailable (no code location)";
            return "sha256 " + of(Path.of(source.getLocation().toURI())).substring(0, 16);
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return "hash unavailable (" + e.getMessage() + ")";
        }
    }

    /** The hexadecimal SHA-256 of the code in {@code location}, a jar file or a directory of classes. */
    static String of(Path location) throws IOException {
        MessageDigest d = sha256();
        if (Files.isDirectory(location)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(location)) {
                files = s.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> name(location, p))).toList();
            }
            for (Path f : files) add(d, name(location, f), Files.readAllBytes(f));
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                List<JarEntry> entries = jar.stream().filter(e -> !e.isDirectory() && !e.getName().equals(JarFile.MANIFEST_NAME))
                        .sorted(Comparator.comparing(JarEntry::getName)).toList();
                for (JarEntry e : entries) {
                    try (InputStream in = jar.getInputStream(e)) {
                        add(d, e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static void add(MessageDigest d, String name, byte[] content) {
        d.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(Long.toString(content.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        d.update((byte) 0);
        d.update(content);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
