package org.kempelen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headless commands never load the GUI (issue 23): kempelen.jar started as the launcher starts
 * it, every class it loads logged by the JVM. check and run without charts load no AWT window,
 * no Swing and nothing of MASON's display or of org.kempelen.gui; run with charts (JFreeChart
 * draws with some of Swing's support classes, as it did before the GUI) loads no window and no GUI class.
 */
class HeadlessCommandsIT {
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\s*\\] (\\S+) ");
    private static final Pattern GUI = Pattern.compile("org\\.kempelen\\.gui\\..*|sim\\.display\\..*|sim\\.portrayal\\..*"
            + "|java\\.awt\\.(Window|Frame|Dialog)|javax\\.swing\\.(JFrame|JDialog|JWindow)");

    @TempDir
    Path tmp;

    private List<String> loadedBy(String... args) throws Exception {
        Path log = tmp.resolve("classes-" + args[0] + "-" + args.length + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-Xlog:class+load=info:file=" + log, "-jar", "target/kempelen.jar"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(tmp.resolve("err.txt").toFile()).start();
        assertEquals(0, p.waitFor(), Files.readString(tmp.resolve("err.txt")));
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = LOADED.matcher(line);
            if (m.find()) classes.add(m.group(1));
        }
        assertTrue(classes.contains("org.kempelen.cli.KempelenCommand"), "the log lists the classes loaded");
        return classes;
    }

    private Path tinyScenario() throws Exception {
        Path f = tmp.resolve("tiny.yaml");
        Files.writeString(f, "name: tiny\npopulation: 300\ndays: 3\nburnInDays: 2\nwarmupDays: 2\ndemandReferencePopulation: 0\n");
        return f;
    }

    @Test
    void checkAndRunWithoutChartsLoadNoWindowNoSwingAndNoGui() throws Exception {
        Path f = tinyScenario();
        for (List<String> args : List.of(List.of("check", f.toString()),
                List.of("run", f.toString(), "--no-charts", "--quiet", "--out", tmp.resolve("plain").toString()))) {
            List<String> bad = loadedBy(args.toArray(String[]::new)).stream()
                    .filter(c -> GUI.matcher(c).matches() || c.startsWith("javax.swing.")).toList();
            assertEquals(List.of(), bad, String.join(" ", args));
        }
    }

    @Test
    void runWithChartsLoadsNoWindowAndNoGui() throws Exception {
        List<String> bad = loadedBy("run", tinyScenario().toString(), "--quiet", "--out", tmp.resolve("charts").toString()).stream()
                .filter(c -> GUI.matcher(c).matches()).toList();
        assertEquals(List.of(), bad);
    }
}
