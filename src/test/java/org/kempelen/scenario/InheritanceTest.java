package org.kempelen.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends:}: a scenario that differs from its base by what it gives, and nothing else. */
class InheritanceTest {
    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, yaml);
        return p;
    }

    private static final String BASE = """
            name: base
            description: the base question
            days: 100
            population: 5000
            platform: {commission: 0.1, bannedCategories: [VOICE], payout: {threshold: 5, fee: 1}}
            countries:
              US: {workerShare: 0.6}
              IN: {workerShare: 0.4}
            """;

    @Test
    void theExtendingFileOverridesOnlyWhatItGivesAndMergesMappingsKeyByKey() throws Exception {
        write("base.yaml", BASE);
        Path policy = write("policies/ban.yaml", """
                extends: ../base.yaml
                description: what a ban changes
                platform:
                  bannedCategories: [ID_DOCUMENT]
                  payout: {fee: 0}
                countries:
                  IN: {dataProtection: 0.9}
                """);
        Scenario s = ScenarioLoader.load(policy, List.of());
        assertEquals("ban", s.name(), "the name is the file's own, never the base's");
        assertEquals("what a ban changes", s.description());
        assertEquals(100, s.days());
        assertEquals(5000, s.population());
        assertEquals(0.1, s.platform().commission());
        assertEquals(List.of(DataCategory.ID_DOCUMENT), s.platform().bannedCategories(), "a list replaces the base's");
        assertEquals(5.0, s.platform().payout().threshold(), "nested mappings merge");
        assertEquals(0.0, s.platform().payout().fee());
        assertEquals(List.of("US", "IN"), List.copyOf(s.countries().keySet()));
        assertEquals(0.4, s.countries().get("IN").workerShare());
        assertEquals(0.9, s.countries().get("IN").dataProtection());
    }

    @Test
    void aPolicyThatRepeatsItsBaseEqualsTheBase() throws Exception {
        Path base = write("base.yaml", BASE);
        Path same = write("same.yaml", "extends: base.yaml\nname: base\ndescription: the base question\n");
        assertEquals(ScenarioLoader.toYaml(ScenarioLoader.load(base, List.of())), ScenarioLoader.toYaml(ScenarioLoader.load(same, List.of())));
    }

    @Test
    void anEmptyValueRemovesTheKeySoTheDefaultOrNoEntryApplies() throws Exception {
        write("base.yaml", BASE);
        Path p = write("us-only.yaml", """
                extends: base.yaml
                platform: {commission: ~, bannedCategories: ~}
                countries: {IN: ~, US: {workerShare: 1}}
                """);
        Scenario s = ScenarioLoader.load(p, List.of());
        assertEquals(List.of("US"), List.copyOf(s.countries().keySet()));
        assertEquals(0.2, s.platform().commission(), "the default");
        assertTrue(s.platform().bannedCategories().isEmpty());
        assertEquals("", s.description(), "the description is not inherited");
        Path mix = write("mix.yaml", """
                extends: base.yaml
                requesters: {AI_DATA_VENDOR: {categoryMix: {FACE_PHOTO: ~, VOICE: 1}, countryWeights: ~}}
                """);
        Scenario m = ScenarioLoader.load(mix, List.of());
        assertFalse(m.requesters().get(RequesterType.AI_DATA_VENDOR).categoryMix().containsKey(DataCategory.FACE_PHOTO),
                "an empty value is removed even where the base gives no mapping to merge onto");
    }

    @Test
    void chainsComposeAndOverridesApplyLast() throws Exception {
        write("a.yaml", BASE);
        write("b.yaml", "extends: a.yaml\ndays: 50\nplatform: {commission: 0.3}\n");
        Path c = write("c.yaml", "extends: b.yaml\npopulation: 7000\n");
        Scenario s = ScenarioLoader.load(c, List.of("platform.commission=0.25"));
        assertEquals(50, s.days());
        assertEquals(7000, s.population());
        assertEquals(0.25, s.platform().commission());
        assertEquals(dir.resolve("b.yaml").toAbsolutePath().normalize(), Inheritance.baseOf(c).toAbsolutePath().normalize());
        assertEquals(null, Inheritance.baseOf(dir.resolve("a.yaml")));
    }

    @Test
    void cyclesAreRefusedWithTheChain() throws Exception {
        write("a.yaml", "extends: b.yaml\ndays: 5\n");
        Path b = write("b.yaml", "extends: a.yaml\ndays: 6\n");
        String e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(b, List.of())).getMessage();
        assertTrue(e.contains("a.yaml:1:10: extends: scenarios extend each other in a cycle: b.yaml -> a.yaml -> b.yaml"), e);
        Path self = write("self.yaml", "days: 5\nextends: self.yaml\n");
        String e2 = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(self, List.of())).getMessage();
        assertTrue(e2.contains("self.yaml:2:10: extends: scenarios extend each other in a cycle: self.yaml -> self.yaml"), e2);
    }

    @Test
    void anUnknownOrMalformedBaseIsRefusedWithFileAndLine() throws Exception {
        Path p = write("p.yaml", "name: p\nextends: nowhere.yaml\n");
        String e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p, List.of())).getMessage();
        assertTrue(e.startsWith(p + ":2:10: extends: no scenario file "), e);
        assertTrue(e.contains("nowhere.yaml (the path is relative to the folder of the file that extends it)"), e);
        Path q = write("q.yaml", "extends: [a.yaml, b.yaml]\n");
        String e2 = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(q, List.of())).getMessage();
        assertTrue(e2.contains("q.yaml:1:10: extends: found a list; extends takes the path of one scenario file"), e2);
        write("list.yaml", "- 1\n- 2\n");
        Path r = write("r.yaml", "extends: list.yaml\n");
        String e3 = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(r, List.of())).getMessage();
        assertTrue(e3.contains("list.yaml is not a scenario: it holds a list"), e3);
    }

    @Test
    void aBadValueInheritedFromTheBaseIsReportedWhereItWasWritten() throws Exception {
        Path base = write("base.yaml", "name: base\ndays: 100\nplatform: {commission: 3}\n");
        Path p = write("p.yaml", "extends: base.yaml\npopulation: 100\n");
        String e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p, List.of())).getMessage();
        assertTrue(e.startsWith(base + ":3:24: platform.commission: found 3"), e);
        assertFalse(e.contains("p.yaml"), e);
    }

    @Test
    void aSnapshotBuildsTheSameScenarioWhereItsFilesCannotBeSeen() throws Exception {
        write("base.yaml", BASE);
        // A second platform takes its rules from a preset of its own: the snapshot carries that file too.
        write("presets/strict.yaml", "name: strict\nplatform: {commission: 0.4, bannedCategories: [ID_DOCUMENT]}\n");
        Path policy = write("policies/ban.yaml", "extends: ../base.yaml\nplatform: {commission: 0.2}\n"
                + "platforms: {strict: {extends: ../presets/strict.yaml}}\n");
        List<String> overrides = List.of("days=50", "seed=7");
        String here = ScenarioLoader.toYaml(ScenarioLoader.load(policy, overrides));
        ScenarioSnapshot snapshot = ScenarioSnapshot.of(policy);
        // Shipped as a Spark task ships it, to a machine without the files.
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(snapshot);
        }
        Files.delete(policy);
        Files.delete(dir.resolve("base.yaml"));
        Files.delete(dir.resolve("presets/strict.yaml"));
        ScenarioSnapshot there;
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            there = (ScenarioSnapshot) in.readObject();
        }
        assertEquals(here, ScenarioLoader.toYaml(there.load(overrides)));
        assertEquals(0.4, there.load(overrides).platforms().get("strict").commission());
        assertEquals(policy.toString(), there.file());
        ScenarioException e = assertThrows(ScenarioException.class, () -> there.load(List.of("platform.commission=2")));
        assertTrue(e.getMessage().startsWith("--set platform.commission=2: platform.commission:"), e.getMessage());
        assertThrows(ScenarioException.class, () -> ScenarioSnapshot.of(policy), "the files are gone");
    }
}
