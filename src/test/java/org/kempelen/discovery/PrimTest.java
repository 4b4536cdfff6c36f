package org.kempelen.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** PRIM finds a box planted in synthetic data, and only its dimensions. */
class PrimTest {
    @Test
    void recoversAPlantedBox() {
        // 3,000 points uniform in [0, 1]^4; inside [0.2, 0.5] x [0.6, 0.9] on the first two, 90 % are cases; outside, 3 %.
        Random rng = new Random(7);
        int n = 3000;
        double[][] x = new double[n][4];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 4; d++) x[i][d] = rng.nextDouble();
            boolean in = x[i][0] >= 0.2 && x[i][0] <= 0.5 && x[i][1] >= 0.6 && x[i][1] <= 0.9;
            y[i] = rng.nextDouble() < (in ? 0.9 : 0.03);
        }
        Prim.Result r = Prim.peel(x, y, 0.05, 0.02);
        assertEquals(1.0, r.trajectory().get(0).coverage(), 1e-12);
        for (int i = 1; i < r.trajectory().size(); i++) {
            assertTrue(r.trajectory().get(i).points() < r.trajectory().get(i - 1).points(), "each step peels");
        }
        Prim.Box b = Prim.paste(x, y, Prim.choose(r, 0.7), r, 0.05);
        assertEquals(0.2, b.low()[0], 0.05);
        assertEquals(0.5, b.high()[0], 0.05);
        assertEquals(0.6, b.low()[1], 0.05);
        assertEquals(0.9, b.high()[1], 0.05);
        for (int d = 2; d < 4; d++) {
            assertTrue(b.high()[d] - b.low()[d] > 0.8, "dimension " + d + " is nearly unrestricted: [" + b.low()[d] + ", " + b.high()[d] + "]");
        }
        assertTrue(b.coverage() >= 0.7 && b.density() >= 0.8, "coverage " + b.coverage() + ", density " + b.density());
    }

    @Test
    void pastingNeverLowersTheDensity() {
        Random rng = new Random(3);
        double[][] x = new double[500][2];
        boolean[] y = new boolean[500];
        for (int i = 0; i < 500; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = rng.nextDouble();
            y[i] = x[i][0] > 0.7 ^ rng.nextDouble() < 0.1;
        }
        Prim.Result r = Prim.peel(x, y, 0.1, 0.05);
        Prim.Box chosen = Prim.choose(r, 0.5);
        assertTrue(Prim.paste(x, y, chosen, r, 0.1).density() >= chosen.density());
    }

    @Test
    void refusesWhatCannotBeSearched() {
        double[][] x = {{0.1}, {0.2}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Prim.peel(x, new boolean[] {false, false}, 0.05, 0.05));
        assertTrue(e.getMessage().contains("no run meets the condition"));
        assertThrows(IllegalArgumentException.class, () -> Prim.peel(x, new boolean[] {true, false}, 1.5, 0.05));
        assertFalse(Prim.peel(x, new boolean[] {true, false}, 0.05, 0.05).trajectory().isEmpty());
    }
}
