package org.kempelen.scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scenario file written by Kempelen that {@code extends} another and sets a few parameters
 * (a calibration's fitted.yaml, a policy search's front members): the base by its path relative
 * to the overlay's folder, and the parameters from their dotted paths as nested mappings.
 */
public final class Overlay {
    private final Map<String, Object> tree = new LinkedHashMap<>();

    /** Sets {@code dottedPath} (as in {@code --set}) to {@code yamlValue}, a YAML scalar as text. */
    @SuppressWarnings("unchecked")
    public Overlay set(String dottedPath, String yamlValue) {
        String[] parts = dottedPath.split("\\.");
        Map<String, Object> m = tree;
        for (int i = 0; i < parts.length - 1; i++) m = (Map<String, Object>) m.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        m.put(parts[parts.length - 1], yamlValue);
        return this;
    }

    /** The {@code extends:} line for an overlay in {@code folder} on {@code base}: relative when both are on one root. */
    public static String extendsLine(Path folder, Path base, boolean quoted) {
        Path from = folder.toAbsolutePath().normalize();
        Path to = base.toAbsolutePath().normalize();
        String path = (from.getRoot() != null && from.getRoot().equals(to.getRoot()) ? from.relativize(to).toString() : to.toString()).replace('\\', '/');
        return "extends: " + (quoted ? quote(path) : path) + "\n";
    }

    /** The parameters set, as nested YAML mappings. */
    public void appendTo(StringBuilder b) {
        nested(b, tree, "");
    }

    @SuppressWarnings("unchecked")
    private static void nested(StringBuilder b, Map<String, Object> tree, String indent) {
        for (var e : tree.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> sub) {
                b.append(indent).append(e.getKey()).append(":\n");
                nested(b, (Map<String, Object>) sub, indent + "  ");
            } else {
                b.append(indent).append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            }
        }
    }

    /** Plain when YAML reads it back as the same text, else single-quoted. */
    public static String quote(String s) {
        return s.matches("[A-Za-z0-9_.][A-Za-z0-9_ ./-]*[A-Za-z0-9_./-]|[A-Za-z0-9_]") && !s.matches("[0-9._ -]+|(?i)y|n|yes|no|true|false|on|off|null") ? s : "'" + s.replace("'", "''") + "'";
    }
}
