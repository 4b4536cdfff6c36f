package org.kempelen.scenario;

/** Kinds of requesters; each has its own campaign arrival rate, category mix, budgets and legitimacy. */
public enum RequesterType {
    /** Buys face, voice, body and ID data for training sets. */
    AI_DATA_VENDOR,
    /** Surveys and profiling. */
    MARKET_RESEARCH,
    ACADEMIC,
    /** E.g. dialect recognition for a migration office. */
    GOVERNMENT,
    /** Search relevance, moderation: ordinary microtasks. */
    PLATFORM_QA,
    /** Collects ID data and never pays. */
    SCAMMER
}
