package org.kempelen.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version and git commit of this build, for the manifest and {@code --version}. */
public final class BuildInfo {
    private static final Properties PROPS = new Properties();

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

    private static String value(String key) {
        String v = PROPS.getProperty(key, "unknown");
        return v.startsWith("${") ? "unknown" : v;
    }
}
