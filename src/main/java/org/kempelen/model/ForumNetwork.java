package org.kempelen.model;

import ec.util.MersenneTwisterFast;
import org.kempelen.scenario.ForumParams;

/**
 * The worker forum as adjacency arrays ({@code degree} contacts per worker): a Watts-Strogatz
 * ring lattice within each country, ties rewired within the country with probability
 * {@code rewiring}, and a share {@code 1 - sameCountryShare} of ties sent to random workers
 * anywhere. Entrants tie to random active workers, mostly of their own country.
 */
final class ForumNetwork {
    /** Attempts to find a same-country contact by rejection before settling for anyone. */
    private static final int SAME_COUNTRY_TRIES = 64;

    private ForumNetwork() {}

    static void build(MarketModel m, MersenneTwisterFast r) {
        Workers ws = m.workers;
        ForumParams f = m.scenario.forum();
        int degree = ws.degree;
        if (degree == 0) return;
        int n = ws.size;
        int[][] byCountry = new int[m.countries.count][];
        int[] counts = new int[m.countries.count];
        for (int w = 0; w < n; w++) counts[ws.country[w]]++;
        for (int k = 0; k < byCountry.length; k++) byCountry[k] = new int[counts[k]];
        int[] fill = new int[m.countries.count];
        int[] position = new int[n];
        for (int w = 0; w < n; w++) {
            int k = ws.country[w];
            position[w] = fill[k];
            byCountry[k][fill[k]++] = w;
        }
        for (int w = 0; w < n; w++) {
            int[] own = byCountry[ws.country[w]];
            int i = position[w];
            for (int j = 0; j < degree; j++) {
                int offset = j / 2 + 1;
                int lattice = own[Math.floorMod(j % 2 == 0 ? i + offset : i - offset, own.length)];
                int target;
                if (!Draw.bernoulli(r, f.sameCountryShare())) {
                    target = r.nextInt(n);
                } else if (Draw.bernoulli(r, f.rewiring()) || lattice == w) {
                    target = own[r.nextInt(own.length)];
                } else {
                    target = lattice;
                }
                if (target == w) target = (w + 1 + r.nextInt(Math.max(1, n - 1))) % n;
                ws.contacts[w * degree + j] = target;
            }
        }
    }

    /**
     * Contacts of an entrant among the active workers. Each contact gives up one of its own ties
     * (a random slot) to the entrant, so the forum stays alive: entrants are heard, and ties to
     * workers who left wear away.
     */
    static void connectEntrant(MarketModel m, int w, MersenneTwisterFast r) {
        Workers ws = m.workers;
        int degree = ws.degree;
        int active = ws.activeCount;
        if (degree == 0) return;
        if (active <= 1) {
            java.util.Arrays.fill(ws.contacts, w * degree, (w + 1) * degree, w);
            return;
        }
        for (int j = 0; j < degree; j++) {
            boolean sameCountry = Draw.bernoulli(r, m.scenario.forum().sameCountryShare());
            int target = ws.activeIds[r.nextInt(active)];
            for (int t = 0; t < SAME_COUNTRY_TRIES && (target == w || sameCountry && ws.country[target] != ws.country[w]); t++) {
                target = ws.activeIds[r.nextInt(active)];
            }
            ws.contacts[w * degree + j] = target;
            if (target != w) ws.contacts[target * degree + r.nextInt(degree)] = w;
        }
    }
}
