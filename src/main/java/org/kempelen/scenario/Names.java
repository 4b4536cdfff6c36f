package org.kempelen.scenario;

import java.util.Collection;
import java.util.Locale;

/** Nearest-name suggestions for misspelt keys and codes. */
public final class Names {
    private Names() {}

    /** The allowed name closest to {@code given}, or null when none is plausibly meant. */
    public static String nearest(String given, Collection<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String g = given.toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            int d = distance(g, a.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        int tolerance = Math.max(2, given.length() / 3);
        // A name that shares nothing with the given one is no suggestion ('XX' is two edits from every country code).
        return bestDistance <= tolerance && bestDistance < given.length() ? best : null;
    }

    public static String didYouMean(String given, Collection<String> allowed) {
        String n = nearest(given, allowed);
        return n == null ? "" : " (did you mean '" + n + "'?)";
    }

    /** Levenshtein distance with transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
