package org.kempelen.scenario;

/** One thing wrong with a scenario: where, which parameter, and what. */
public record Problem(Location location, String path, String message) {
    @Override
    public String toString() {
        return location + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
