package org.kempelen.scenario;

import java.util.regex.Pattern;

/**
 * The bounds on what scenario, sweep, calibration and targets files may hold, in one place, so
 * that a huge or hostile file is refused at once with a message instead of running for minutes.
 * Every bound is far above what the shipped files need (measured when they were set).
 */
public final class InputLimits {
    /**
     * Largest file: 1 MiB. The largest shipped file (scenarios/baseline.yaml, its country table
     * written out) is under 6 KB, so this is some 180 times more than a full scenario needs,
     * and a file of this size is read and parsed in well under a second.
     */
    public static final int MAX_FILE_BYTES = 1 << 20;
    /**
     * Longest text value: 4096 characters. Descriptions are a sentence or two (the longest
     * shipped is about 210 characters) and paths are at most 4096 bytes on Linux (PATH_MAX).
     */
    public static final int MAX_TEXT = 4096;
    /**
     * Longest key: 128 characters. Keys are parameter names, codes and dotted parameter paths
     * (sweep factors such as requesters.AI_DATA_VENDOR.categoryMix.FACE_PHOTO): under 64.
     */
    public static final int MAX_KEY = 128;
    /**
     * Most items in one list: 1000. Lists are shocks, categories, presets and sweep levels; a
     * sweep checks each of its levels against its scenario before it starts (a scenario load
     * each), which 1000 levels keep to seconds.
     */
    public static final int MAX_LIST = 1000;
    /** Longest name: names become directory names (results/NAME, results/sweeps/NAME), kept short. */
    public static final int MAX_NAME = 64;
    /** What a name may hold: letters, digits, '.', '_' and '-', not first '.' or '-' (no hidden folders, no '..', no options). */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
    /** The rule for names, for messages and docs. */
    public static final String NAME_RULE = "a name of at most " + MAX_NAME
            + " characters: letters, digits, '.', '_' and '-', starting with a letter, digit or '_'";

    private InputLimits() {}

    /** What is wrong with {@code name} given at most {@code max} characters (below {@link #MAX_NAME} where a suffix is added), or null. */
    public static String nameProblem(String name, int max) {
        if (name.length() > max) {
            return "a name of " + name.length() + " characters ('" + shorten(name) + "'); allowed " + rule(max) + " (it names a directory)";
        }
        if (!NAME.matcher(name).matches()) {
            return "'" + shorten(name) + "' is not a safe directory name; allowed " + rule(max);
        }
        return null;
    }

    /** {@code text} made into a valid name of at most {@code max} characters (other characters become '_'); for names taken from file names. */
    public static String safeName(String text, int max) {
        String s = text.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.isEmpty() || !NAME.matcher(s.substring(0, 1)).matches()) s = "_" + s;
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** The name of a file without its extension, made a valid name of at most {@code max} characters. */
    public static String stem(java.nio.file.Path file, int max) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return safeName(dot > 0 ? n.substring(0, dot) : n, max);
    }

    /** The first characters of a long text, for messages (a refused text may be megabytes). */
    public static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static String rule(int max) {
        return max == MAX_NAME ? NAME_RULE : NAME_RULE.replace("at most " + MAX_NAME, "at most " + max);
    }
}
