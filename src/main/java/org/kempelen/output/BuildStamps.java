package org.kempelen.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The builds that made a journal's records (a sweep's runs, a calibration's evaluations), each
 * from the number of records made before it took over: lines {@code build FROM ID} in the
 * journal. Going on with another build than the last one is refused unless allowed, so that
 * one set of results never mixes two versions of the model unnoticed; when allowed, the change
 * is kept here and listed in the manifest.
 */
public final class BuildStamps {
    /** The build of a journal written before journals recorded their build. */
    public static final String UNKNOWN = "unknown (from before build stamps)";
    private static final String PREFIX = "build ";

    /** {@code build} made the records from number {@code from} on (0 is the first). */
    public record Stamp(long from, String build) {}

    /** Going on would mix builds, and that was not allowed; the message says which builds and what to do. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final List<Stamp> stamps;

    private BuildStamps(List<Stamp> stamps) {
        this.stamps = List.copyOf(stamps);
    }

    /** The stamp of a new journal: {@code build} from the first record. */
    public static BuildStamps of(String build) {
        return new BuildStamps(List.of(new Stamp(0, build)));
    }

    public static boolean isStamp(String line) {
        return line.startsWith(PREFIX);
    }

    /** The stamps among a journal's lines; with none (a journal from before build stamps) the unknown build from the first record. */
    public static BuildStamps read(List<String> lines) {
        List<Stamp> found = new ArrayList<>();
        for (String line : lines) {
            if (!isStamp(line)) continue;
            String[] parts = line.split(" ", 3);
            try {
                if (parts.length == 3 && !parts[2].isBlank()) found.add(new Stamp(Long.parseLong(parts[1]), parts[2]));
            } catch (NumberFormatException damaged) {
                // Stamps are written whole, with the journal's rewrite; a line that does not read is not one of them.
            }
        }
        return found.isEmpty() ? of(UNKNOWN) : new BuildStamps(found);
    }

    public List<Stamp> stamps() {
        return stamps;
    }

    /** The build that made the last records. */
    public String last() {
        return stamps.get(stamps.size() - 1).build();
    }

    /**
     * The stamps for going on, with build {@code current}, after {@code records} records: these,
     * when {@code current} made the last records; with {@code current} added from {@code records}
     * when another build did and {@code allowChange}; else refused.
     */
    public BuildStamps resume(long records, String current, boolean allowChange) throws Refused {
        if (last().equals(current)) return this;
        if (!allowChange) {
            String was = last().equals(UNKNOWN) ? "its journal predates build stamps, so the build that made it is unknown"
                    : "it was made by build '" + last() + "'";
            throw new Refused(was + ", and this is build '" + current + "'; results of two builds would be mixed."
                    + " Go on with the build that made it, start afresh in another --out, or add --allow-build-change"
                    + " to go on with this build (the manifest then lists both)");
        }
        List<Stamp> more = new ArrayList<>(stamps);
        more.add(new Stamp(records, current));
        return new BuildStamps(more);
    }

    /** The journal lines of these stamps, each ending in a newline. */
    public String lines() {
        StringBuilder b = new StringBuilder();
        for (Stamp s : stamps) b.append(PREFIX).append(s.from()).append(' ').append(s.build()).append('\n');
        return b.toString();
    }

    /** For the manifest: each build and how many of {@code records} records it made, under the key {@code noun}. */
    public List<Map<String, Object>> manifest(long records, String noun) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < stamps.size(); i++) {
            long until = i + 1 < stamps.size() ? stamps.get(i + 1).from() : records;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("build", stamps.get(i).build());
            m.put(noun, Math.max(0, until - stamps.get(i).from()));
            out.add(m);
        }
        return out;
    }
}
