package org.kempelen.model;

import ec.util.MersenneTwisterFast;
import java.nio.charset.StandardCharsets;

/**
 * Named random streams derived from one master seed. Each subsystem draws from its own stream,
 * so that changing how much one part of the model draws does not reshuffle the others.
 */
public final class RandomStreams {
    /** Stream names; fixed strings so that derived seeds never change between versions. */
    public static final String POPULATION = "population";
    public static final String ECONOMY = "economy";
    public static final String DEMAND = "demand";
    public static final String CHOICES = "choices";
    public static final String RISK = "risk";
    public static final String ENTRY_EXIT = "entry-exit";
    public static final String FORUM = "forum";
    /** Several platforms only (docs/ODD.md 7.10): who registers where; where campaigns are posted and visits go. */
    public static final String REGISTRATION = "registration";
    public static final String PLATFORM_CHOICE = "platform-choice";
    /**
     * Per (day, worker) substreams, so that the phases drawing them run in parallel by blocks of
     * workers with the same numbers on any number of threads (docs/ODD.md 9): whether an item a
     * worker hands in in the work phase is misused, and when; whether a worker leaves, and which
     * copies of its data are erased.
     */
    public static final String MISUSE = "misuse";
    public static final String EXIT = "exit";
    /**
     * Per (day, platform's review queue) substreams (docs/ODD.md 9): whether a task is rejected,
     * drawn in each queue's order, so that review runs in parallel by queue ({@link PendingWork#GROUPS}).
     */
    public static final String REVIEW = "review";
    /**
     * A campaign's screening (caught by a ban or as a scam) and whether its data goes abroad:
     * three numbers per campaign posted, drawn whether or not they are used, so that the demand
     * stream, and with it the campaigns requesters post, does not depend on a ban's enforcement
     * or the screening; a policy arm then meets the same requesters as its base.
     */
    public static final String SCREENING = "screening";

    private RandomStreams() {}

    /** A generator for stream {@code name} of the run with master seed {@code seed}. */
    public static MersenneTwisterFast stream(long seed, String name) {
        long h = streamSeed(seed, name);
        long h2 = splitMix64(h);
        return new MersenneTwisterFast(new int[] {(int) h, (int) (h >>> 32), (int) h2, (int) (h2 >>> 32)});
    }

    /** The 64-bit seed of stream {@code name} under master seed {@code seed}. */
    static long streamSeed(long seed, String name) {
        return splitMix64(seed ^ splitMix64(fnv1a(name)));
    }

    /**
     * Seed of substream (a, b) of a stream, e.g. (day, worker id): each key is mixed in turn, so
     * nearby keys give unrelated seeds and the seed does not depend on how work is split up.
     */
    static long substream(long streamSeed, long a, long b) {
        return splitMix64(splitMix64(streamSeed ^ splitMix64(a)) ^ b);
    }

    static long splitMix64(long x) {
        return mix(x + 0x9E3779B97F4A7C15L);
    }

    /** SplitMix64's output function (Stafford's variant 13). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
