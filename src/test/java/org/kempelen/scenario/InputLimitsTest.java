package org.kempelen.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bound of {@link InputLimits}, refused with the place, what was found and what is allowed; names safe as directory names. */
class InputLimitsTest {
    @TempDir
    Path tmp;

    private static String error(String yaml, String... overrides) {
        return ScenarioValidationTest.error(yaml, overrides);
    }

    private ScenarioException refusedFile(String text) throws Exception {
        Path f = Files.writeString(tmp.resolve("big.yaml"), text);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()));
    }

    @Test
    void aTwentyMegabyteScenarioIsRefusedByItsSizeBeforeItIsRead() throws Exception {
        ScenarioException e = refusedFile("name: " + "x".repeat(20_000_000) + "\n");
        assertEquals(1, e.problems().size());
        assertEquals(tmp.resolve("big.yaml") + ": the file is too large (20000007 bytes; at most 1048576 bytes, 1 MiB, are allowed);"
                + " expected a scenario, a YAML text file", e.problems().get(0).toString());
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedAndOneAtItIsRead() throws Exception {
        String comment = "# " + "-".repeat(InputLimits.MAX_FILE_BYTES - "name: ok\n".length() - 3) + "\n";
        String atLimit = "name: ok\n" + comment;
        assertEquals(InputLimits.MAX_FILE_BYTES, atLimit.length());
        Path ok = Files.writeString(tmp.resolve("ok.yaml"), atLimit);
        assertEquals("ok", ScenarioLoader.load(ok, List.of()).name());
        assertTrue(refusedFile(atLimit + "\n").getMessage().contains("the file is too large (1048577 bytes"));
    }

    @Test
    void aStreamWithoutEndIsRefusedOnceTheLimitHasCome() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Path.of("/dev/zero"), List.of()));
        assertTrue(e.getMessage().contains("/dev/zero: the file is too large (more than 1048576 bytes"), e.getMessage());
    }

    @Test
    void longTextsKeysAndListsAreRefusedWhereTheyStand() {
        assertEquals("bad.yaml:2:14: description: a text of 5000 characters ('" + "d".repeat(40) + "...'); texts are at most 4096 characters",
                error("name: ok\ndescription: " + "d".repeat(5000) + "\n"));
        assertEquals("bad.yaml:3:3: countries: a key of 200 characters ('" + "K".repeat(40) + "...'); keys are at most 128 characters",
                error("name: ok\ncountries:\n  " + "K".repeat(200) + ": {workerShare: 1}\n"));
        String shocks = "[" + String.join(", ", java.util.Collections.nCopies(1001, "{day: 1, kind: INCOME, magnitude: 0.9, duration: 5}")) + "]";
        assertEquals("bad.yaml:2:26: countries.US.shocks: a list of 1001 items; lists hold at most 1000 items",
                error("name: ok\ncountries: {US: {shocks: " + shocks + "}}\n"));
        assertTrue(error("name: ok\n", "description=" + "d".repeat(4097)).contains("texts are at most 4096 characters"));
        // At the limits, all is well.
        assertEquals(4096, assertLoads("name: ok\ndescription: " + "d".repeat(4096) + "\n").description().length());
    }

    @Test
    void aForeignFileIsQuotedAtMostEightyCharactersWithItsPlace() throws Exception {
        String line = "root:x:0:0:root:/root:/bin/bash " + "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin ".repeat(40);
        Path foreign = Files.writeString(tmp.resolve("passwd"), line + "\n" + line + "\n");
        Path p = Files.writeString(tmp.resolve("p.yaml"), "name: p\nextends: passwd\n");
        String e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p, List.of())).getMessage();
        // YAML folds the two lines into one text; 80 characters of it are quoted, then '…'.
        assertEquals(p + ":2:10: extends: " + foreign + " is not a scenario: it holds text '" + line.substring(0, 80)
                + "…', not a mapping of parameters", e);
        String direct = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(foreign, List.of())).getMessage();
        assertTrue(direct.startsWith(foreign + ":1:1: found text '" + line.substring(0, 80) + "…'; a scenario is a mapping"), direct);
        assertTrue(direct.length() < 300, direct);
        if (Files.isReadable(Path.of("/etc/passwd")) && Files.size(Path.of("/etc/passwd")) > 100) {
            Path etc = Files.writeString(tmp.resolve("etc.yaml"), "name: p\nextends: /etc/passwd\n");
            String m = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(etc, List.of())).getMessage();
            String quoted = m.substring(m.indexOf("it holds text '") + "it holds text '".length(), m.lastIndexOf("…'"));
            assertEquals(80, quoted.length(), m);
        }
    }

    @Test
    void quotesAreOneLineAndParserMessagesKeepTheirWordsButNotTheFile() {
        assertEquals("'a\\nb\\tc\\u0007'", InputLimits.quote("a\nb\tc\u0007"));
        assertEquals("'" + "x".repeat(80) + "'", InputLimits.quote("x".repeat(80)));
        assertEquals("'" + "x".repeat(80) + "…'", InputLimits.quote("x".repeat(81)));
        String token = "t".repeat(300);
        assertEquals("Unrecognized token '" + "t".repeat(80) + "…': was expecting (JSON String, Number, Array, Object or token 'null')",
                InputLimits.parserMessage("Unrecognized token '" + token + "': was expecting (JSON String, Number, Array, Object or token 'null')"
                        + "\n at [Source: " + token + "]"));
        assertEquals("found undefined tag handle !" + "y".repeat(79) + "…", InputLimits.parserMessage("found undefined tag handle !" + "y".repeat(200)));
    }

    private static Scenario assertLoads(String yaml) {
        try {
            return ScenarioLoader.fromText(yaml, "ok.yaml", "ok", List.of());
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void aNameIsASafeShortDirectoryName() {
        String rule = "a name of at most 64 characters: letters, digits, '.', '_' and '-', starting with a letter, digit or '_'";
        assertEquals("bad.yaml:1:7: name: '../../etc' is not a safe directory name; allowed " + rule, error("name: ../../etc\n"));
        assertEquals("bad.yaml:1:7: name: '.hidden' is not a safe directory name; allowed " + rule, error("name: .hidden\n"));
        assertEquals("bad.yaml:1:7: name: 'a b' is not a safe directory name; allowed " + rule, error("name: a b\n"));
        assertEquals("bad.yaml:1:7: name: a name of 65 characters ('" + "n".repeat(40) + "...'); allowed " + rule + " (it names a directory)",
                error("name: " + "n".repeat(65) + "\n"));
        assertEquals("--set name=x/y: name: 'x/y' is not a safe directory name; allowed " + rule, error("name: ok\n", "name=x/y"));
        assertEquals("n".repeat(64), assertLoads("name: " + "n".repeat(64) + "\n").name());
        assertEquals("v1.2_final-B", assertLoads("name: v1.2_final-B\n").name());
    }

    @Test
    void aNameTakenFromTheFileNameIsMadeSafe() throws Exception {
        Path f = Files.writeString(tmp.resolve("my scenario (v2).yaml"), "days: 5\n");
        assertEquals("my_scenario__v2_", ScenarioLoader.load(f, List.of()).name());
        Path longName = Files.writeString(tmp.resolve("l".repeat(100) + ".yaml"), "days: 5\n");
        assertEquals("l".repeat(64), ScenarioLoader.load(longName, List.of()).name());
        Path hidden = Files.writeString(tmp.resolve(".hidden.yaml"), "days: 5\n");
        assertEquals("_.hidden", ScenarioLoader.load(hidden, List.of()).name());
    }
}
