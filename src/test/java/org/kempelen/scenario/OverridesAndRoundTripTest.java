package org.kempelen.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** --set overrides, and the resolved scenario read back to the same scenario. */
class OverridesAndRoundTripTest {
    private static Scenario load(String yaml, String... sets) throws ScenarioException {
        return ScenarioLoader.fromText(yaml, "s.yaml", "s", List.of(sets));
    }

    private static String error(String yaml, String... sets) {
        return assertThrows(ScenarioException.class, () -> load(yaml, sets)).getMessage();
    }

    @Test
    void anOverrideChangesTheValueAndWinsOverTheFile() throws ScenarioException {
        Scenario s = load("platform: {commission: 0.1}\n", "platform.commission=0.3", "population=50000");
        assertEquals(0.3, s.platform().commission());
        assertEquals(50000, s.population());
    }

    @Test
    void overridingOneDefaultCountryKeepsTheOthers() throws ScenarioException {
        Scenario s = load("name: x\n", "countries.PH.dataProtection=0.9");
        assertEquals(10, s.countries().size());
        assertEquals(0.9, s.countries().get("PH").dataProtection());
        assertEquals(0.10, s.countries().get("PH").workerShare(), 1e-12, "the rest of PH from the table");
    }

    @Test
    void flowYamlValuesAndListIndexes() throws ScenarioException {
        Scenario s = load("countries:\n  VE: {workerShare: 1, shocks: [{day: 10, kind: priceLevel, livingCostFactor: 2}]}\n",
                "requesters.AI_DATA_VENDOR.categoryMix={VOICE: 1}", "countries.VE.shocks.0.day=20",
                "platform.bannedCategories=[ID_DOCUMENT, FACE_VIDEO]");
        assertEquals(1, s.requesters().get(RequesterType.AI_DATA_VENDOR).categoryMix().size());
        assertEquals(20, s.countries().get("VE").shocks().get(0).day());
        assertEquals(2.0, s.countries().get("VE").shocks().get(0).livingCostFactor());
        assertEquals(List.of(DataCategory.ID_DOCUMENT, DataCategory.FACE_VIDEO), s.platform().bannedCategories());
    }

    @Test
    void aBadOverrideNamesItself() {
        assertEquals("--set platform.commission=2: platform.commission: found 2, allowed a number >= 0 and < 1",
                error("name: x\n", "platform.commission=2"));
        assertTrue(error("name: x\n", "platform.comission=0.2").contains("unknown key 'comission' (did you mean 'commission'?)"));
        assertTrue(error("name: x\n", "platform.commission").contains("expected PATH=VALUE"));
    }

    @Test
    void anOverrideCannotReachBelowAValue() {
        String e = error("days: 10\n", "days.x=3");
        assertTrue(e.startsWith("--set days.x=3: days.x: cannot set 'x': 'days' is the number 10"), e);
        assertEquals("--set days.x=3: days: found a mapping, expected a whole number from 1 to 36500", error("name: x\n", "days.x=3"));
    }

    @Test
    void theResolvedScenarioReadsBackToTheSameScenario() throws ScenarioException {
        Scenario s = load("name: rt\ncountries:\n  US: {workerShare: 0.6}\n  KE: {workerShare: 0.4, shocks: [{day: 5, kind: incomeLoss, factor: 0.5, incomeLossShare: 0.3}]}\n"
                + "platform: {pricing: {rule: QUOTA_ESCALATION}, bannedCategories: [BODY_SCAN]}\n"
                + "platforms: {lax: {banEnforcement: 0.2, workforceShareByCountry: {KE: 0.5}}}\n");
        String yaml = ScenarioLoader.toYaml(s);
        Scenario again = load(yaml);
        assertEquals(s, again);
        assertEquals(yaml, ScenarioLoader.toYaml(again), "resolving is idempotent");
    }
}
