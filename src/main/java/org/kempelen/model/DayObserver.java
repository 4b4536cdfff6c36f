package org.kempelen.model;

/** Told at the end of every simulated day, after all phases; reads the model, never changes it. */
public interface DayObserver {
    void dayEnded(MarketModel model, int day);
}
