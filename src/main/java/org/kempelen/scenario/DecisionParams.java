package org.kempelen.scenario;

/**
 * The offer decision: U = alpha [ m pay - m w_res hours - privacyCost ] + eps, eps logistic;
 * accept with probability 1 / (1 + exp(-U)).
 */
public record DecisionParams(
        @Param(unit = "1/USD", doc = "alpha: how sharply utility (in reference-worker dollars) turns into acceptance.", def = "0.5", min = 0, minExclusive = true, max = 1000)
        double alpha,
        @Param(doc = "Multiplier on the worker's risk belief when it cannot know the risk (disclosure NONE, or an anonymous requester).", def = "1.5", min = 1, max = 100)
        double ambiguityPremium,
        @Param(unit = "share", doc = "Part of a category's WTA that is owed whatever the risk (the discomfort of giving it up); the rest scales with perceived risk.", def = "0.5", min = 0, max = 1)
        double intrinsicPrivacyShare) {}
