package org.kempelen.scenario;

/** Whether the platform's commission is added to what the requester pays or taken from the worker's pay. */
public enum CommissionMode {
    /** Requester pays price x (1 + commission); the worker receives the price (MTurk). */
    ON_TOP,
    /** Requester pays the price; the worker receives price x (1 - commission). */
    FROM_WORKER
}
