package org.kempelen.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kempelen.scenario.RequesterType;

/** Kick-out after a quality score: a stricter check removes more workers, and the requester gets fewer tasks done. */
class QualityCheckTest {
    private static final String CHECK = "requesters.PLATFORM_QA.qualityCheck=";

    @Test
    void aStricterCheckRemovesMoreWorkersAndTheRequesterGetsFewerTasks() {
        for (long seed = 1; seed <= 3; seed++) {
            MarketModel lenient = Scenarios.run(Scenarios.small("seed=" + seed, CHECK + "{tasks: 10, minimumApproved: 5}"));
            MarketModel strict = Scenarios.run(Scenarios.small("seed=" + seed, CHECK + "{tasks: 10, minimumApproved: 9}"));
            long lenientOut = total(lenient.stats.qualityKickouts), strictOut = total(strict.stats.qualityKickouts);
            // Seeds 1-3: about 200 removals with 5 of 10, 6,100-6,700 with 9 of 10; QA tasks fall by more than half.
            assertTrue(strictOut > 10 * lenientOut, "seed " + seed + ": removed with 9 of 10 (" + strictOut + ") vs 5 of 10 (" + lenientOut + ")");
            long lenientTasks = tasks(lenient, RequesterType.PLATFORM_QA), strictTasks = tasks(strict, RequesterType.PLATFORM_QA);
            assertTrue(strictTasks < 0.7 * lenientTasks, "seed " + seed + ": QA tasks with 9 of 10 (" + strictTasks + ") vs 5 of 10 (" + lenientTasks + ")");
        }
    }

    @Test
    void aCheckNobodyFailsChangesNothing() {
        // Without rejections every check is passed: the counting itself must not move the model.
        String perfect = "requesters.PLATFORM_QA.difficulty=0";
        MarketModel off = Scenarios.run(Scenarios.small(perfect));
        MarketModel on = Scenarios.run(Scenarios.small(perfect, CHECK + "{tasks: 3, minimumApproved: 3}"));
        assertEquals(0, total(on.stats.qualityKickouts));
        assertArrayEquals(off.stats.items, on.stats.items);
        assertArrayEquals(off.stats.offers, on.stats.offers);
        assertEquals(off.ledger().paidOutCents, on.ledger().paidOutCents);
        assertEquals(off.stats.unpaidRejectedMinutes, on.stats.unpaidRejectedMinutes);
    }

    static long total(long[] a) {
        long n = 0;
        for (long v : a) n += v;
        return n;
    }

    /** Tasks handed in to campaigns of one requester type over the campaigns' lives. */
    static long tasks(MarketModel m, RequesterType type) {
        long n = 0;
        for (Campaign c : m.allCampaigns) if (c.type() == type) n += c.totalFilled();
        return n;
    }
}
