package org.kempelen.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version and git commit of this build, for the manifest and {@code --version}; and the build's identity for journals. */
public final class BuildInfo {
    private static final Properties PROPS = new Properties();
    private static String id;

    static {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/kempelen-build.properties")) {
            if (in != null) PROPS.load(in);
        } catch (IOException ignored) {
            // Without the file the values below say "unknown"; a run does not depend on them.
        }
    }

    private BuildInfo() {}

    public static String version() {
        return value("version");
    }

    public static String commit() {
        return value("commit");
    }

    /** Whether the build said that its tracked files matched the commit (the build writes "ok" or "tainted"). */
    static boolean clean() {
        return "ok".equals(value("tree")) && !"unknown".equals(commit());
    }

    /**
     * What tells this build from another in journals and manifests: version and commit, e.g.
     * "0.1.0 commit 1403c89a0ec0". Built from a modified tree, or with no commit known, the commit
     * does not say what the code is, so a hash of the code itself is added ({@link CodeHash}).
     */
    public static synchronized String id() {
        if (id == null) {
            String base = version() + " commit " + commit();
            id = clean() ? base : base + ("unknown".equals(commit()) ? "" : " modified") + ", code " + CodeHash.ofThisBuild();
        }
        return id;
    }

    private static String value(String key) {
        String v = PROPS.getProperty(key, "unknown");
        return v.startsWith("${") ? "unknown" : v;
    }
}
