package org.kempelen.scenario;

import java.util.List;

/**
 * Collects cross-field problems of one bound record, pointing each at the place in the file
 * where the offending field (or, when it was defaulted, its enclosing mapping) stands.
 */
public final class Checks {
    private final Node.MapNode node;
    private final String path;
    private final List<Problem> problems;

    Checks(Node.MapNode node, String path, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** Reports a problem with {@code field}, a key or dotted key path below this record. */
    public void error(String field, String message) {
        problems.add(new Problem(locate(field), join(path, field), message, true));
    }

    public void require(boolean ok, String field, String message) {
        if (!ok) error(field, message);
    }

    private Location locate(String field) {
        Node current = node;
        Location best = node.location();
        for (String part : field.split("\\.")) {
            if (current instanceof Node.MapNode m && m.entries().containsKey(part)) {
                var e = m.entries().get(part);
                best = e.value().location();
                current = e.value();
            } else {
                break;
            }
        }
        return best;
    }

    static String join(String path, String field) {
        if (path.isEmpty()) return field;
        if (field.isEmpty()) return path;
        return path + "." + field;
    }
}
