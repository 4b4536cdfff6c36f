package org.kempelen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kempelen.scenario.ScenarioDocs;

/** docs/SCENARIOS.md is generated from the parameter declarations; this keeps them equal. */
class ScenarioDocsTest {
    @Test
    void scenariosMarkdownIsCurrent() throws Exception {
        String onDisk = Files.readString(Path.of("docs/SCENARIOS.md"));
        assertEquals(ScenarioDocs.markdown(), onDisk,
                "docs/SCENARIOS.md is out of date: regenerate it with ./kempelen describe --markdown > docs/SCENARIOS.md");
    }
}
