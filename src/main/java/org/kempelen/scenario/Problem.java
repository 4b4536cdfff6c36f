package org.kempelen.scenario;

/**
 * One thing wrong with a scenario: where, which parameter, and what. {@code crossField} marks
 * problems of a rule that spans several parameters (shares summing to 1, a probability built
 * from two), which another value of a different parameter could mend.
 */
public record Problem(Location location, String path, String message, boolean crossField) {
    /** By line, then column: the order a reader meets them in the file. */
    public static final java.util.Comparator<Problem> IN_FILE_ORDER =
            java.util.Comparator.comparingInt((Problem p) -> p.location().line()).thenComparingInt(p -> p.location().column());

    public Problem(Location location, String path, String message) {
        this(location, path, message, false);
    }

    @Override
    public String toString() {
        return location + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
