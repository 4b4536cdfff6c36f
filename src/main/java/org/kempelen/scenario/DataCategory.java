package org.kempelen.scenario;

/** What a task asks of the worker: ordinary work on others' data, or an item of the worker's own personal data. */
public enum DataCategory {
    /** Ordinary microtask on others' data: labelling, transcription, relevance judgements. */
    NONE,
    /** Demographic or medical profiling, tracking cookies. */
    SURVEY_PROFILE,
    /** Voice or dialect recordings. */
    VOICE,
    /** Selfies. */
    FACE_PHOTO,
    /** Face videos, aging series. */
    FACE_VIDEO,
    /** Body video or scan. */
    BODY_SCAN,
    /** Passport or ID copy, often with a selfie. */
    ID_DOCUMENT,
    /** Access to a social-media profile; also exposes the worker's contacts. */
    SOCIAL_ACCOUNT;

    public static final int COUNT = values().length;

    /** Whether the task gives away the worker's own personal data. */
    public boolean isPersonalData() {
        return this != NONE;
    }
}
