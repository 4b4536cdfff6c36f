package org.kempelen.scenario;

/** How harm changes risk beliefs (MODEL.md section 3, step 5). */
public record RiskParams(
        @Param(unit = "share", doc = "A worker told of harm to its own item moves its belief for that category this far toward 1.", def = "0.5", min = 0, max = 1)
        double beliefLearningRate,
        @Param(unit = "share", doc = "Forum neighbours move their belief by this times the learning rate.", def = "0.3", min = 0, max = 1)
        double forumInfluence,
        @Param(unit = "days", doc = "Half-life of a belief's distance from its prior.", def = "90", min = 1, max = 36500)
        double beliefHalfLifeDays) {}
