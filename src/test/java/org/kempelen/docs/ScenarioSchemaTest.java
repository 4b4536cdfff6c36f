package org.kempelen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kempelen.scenario.ScenarioSchema;

/**
 * docs/scenario.schema.json is generated from the parameter declarations and kept equal to them;
 * read by a validator that is not Kempelen's (as an editor reads it), it takes every shipped
 * scenario and refuses a misspelt key, a value out of range and a value not among an enum's.
 */
class ScenarioSchemaTest {
    private static final Path SCHEMA = Path.of("docs/scenario.schema.json");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static JsonSchema schema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(Files.readString(SCHEMA));
    }

    @Test
    void theShippedSchemaIsCurrent() throws Exception {
        assertEquals(ScenarioSchema.json(), Files.readString(SCHEMA),
                "docs/scenario.schema.json is out of date: regenerate it with ./kempelen describe --json-schema > docs/scenario.schema.json");
    }

    @Test
    void everyShippedScenarioValidates() throws Exception {
        JsonSchema schema = schema();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "the scenarios: " + files);
        for (Path f : files) {
            Set<ValidationMessage> problems = schema.validate(YAML.readTree(f.toFile()));
            assertEquals(Set.of(), problems, f.toString());
        }
    }

    @Test
    void aMisspeltKeyAValueOutOfRangeAndAnUnknownNameAreRefused() throws Exception {
        JsonSchema schema = schema();
        for (String bad : List.of("populaton: 5\n", "platform: {commission: 1.5}\n", "platform: {disclosure: EVERYTHING}\n",
                "countries: {Philippines: {workerShare: 1}}\n", "days: 0\n", "policyChanges: [{day: -1, set: 'platform.commission=0.1'}]\n")) {
            JsonNode tree = YAML.readTree(bad);
            assertTrue(!schema.validate(tree).isEmpty(), "accepted: " + bad);
        }
        assertEquals(Set.of(), schema.validate(YAML.readTree("extends: ../baseline.yaml\ncountries: {DE: ~}\nplatform: {commission: 0.3}\n")));
    }
}
