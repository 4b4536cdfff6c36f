package org.kempelen.scenario;

/** Where a value came from: a file with line and column (1-based), or a command-line override. */
public record Location(String source, int line, int column) {
    public static Location of(String source) {
        return new Location(source, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
