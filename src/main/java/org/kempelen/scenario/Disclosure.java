package org.kempelen.scenario;

/** What a worker learns about a campaign before accepting it. */
public enum Disclosure {
    /** Nothing beyond the task text: the worker relies on its own risk belief, with an ambiguity premium. */
    NONE,
    /** The data category's published risk, but not who the requester is when it stays anonymous. */
    CATEGORY,
    /** Requester, purpose and retention: the worker sees the campaign's true risk. */
    FULL
}
