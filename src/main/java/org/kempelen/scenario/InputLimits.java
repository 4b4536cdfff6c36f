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

    /**
     * The most characters of a file's content that an error message quotes: enough to recognise a
     * value, never the whole of a file that is not what it should be (extends: /etc/passwd).
     */
    public static final int MAX_QUOTE = 80;

    /**
     * {@code text} in single quotes for an error message: at most {@link #MAX_QUOTE} characters of
     * it, then '…' if there is more; line breaks and other control characters written as
     * backslash escapes, so that the message stays on its one line.
     */
    public static String quote(String text) {
        String cut = text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE);
        StringBuilder b = new StringBuilder("'");
        for (char c : cut.toCharArray()) {
            if (c == '\n') b.append("\\n");
            else if (c == '\t') b.append("\\t");
            else if (c == '\r') b.append("\\r");
            else if (Character.isISOControl(c)) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append(cut.length() < text.length() ? "…'" : "'").toString();
    }

    /** A quoted text, or an unbroken run of characters, longer than {@link #MAX_QUOTE}. */
    private static final Pattern LONG_RUN = Pattern.compile("'[^'\\n]{" + (MAX_QUOTE + 1) + ",}'|[^\\s']{" + (MAX_QUOTE + 1) + ",}");

    /**
     * A YAML or JSON parser's message about a file, for an error message: its first line (parsers
     * add excerpts of the file below it), with each quoted text and unbroken run of characters (a
     * token of the file) cut to {@link #MAX_QUOTE} characters.
     */
    public static String parserMessage(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        java.util.regex.Matcher m = LONG_RUN.matcher(first);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            String cut = run.startsWith("'") ? quote(run.substring(1, run.length() - 1)) : run.substring(0, MAX_QUOTE) + "…";
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(cut));
        }
        return m.appendTail(b).toString();
    }

    /** The first characters of a long text, for messages (a refused text may be megabytes). */
    public static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static String rule(int max) {
        return max == MAX_NAME ? NAME_RULE : NAME_RULE.replace("at most " + MAX_NAME, "at most " + max);
    }
}
