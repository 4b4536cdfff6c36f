package org.kempelen.scenario;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario file and every file it {@code extends:}, read once, so that the scenario can be
 * built with overrides where those files cannot be seen (a Spark executor on another machine)
 * and gives there what {@link ScenarioLoader#load(Path, List)} gives here: the same values, the
 * same name, the same messages. Serializable: a sweep ships it with its tasks.
 */
public final class ScenarioSnapshot implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The path as given: it names the scenario's messages and, when the file gives none, the scenario. */
    private final String file;
    /** The path made absolute where it was read: the folder its bases are found from. */
    private final String absolute;
    /** Each text by the path it was asked for, in the order read. */
    private final Map<String, String> texts;

    private ScenarioSnapshot(String file, String absolute, Map<String, String> texts) {
        this.file = file;
        this.absolute = absolute;
        this.texts = texts;
    }

    /** Reads {@code file} and the files it extends, with the errors {@link ScenarioLoader#load} would give. */
    public static ScenarioSnapshot of(Path file) throws ScenarioException {
        Map<String, String> texts = new LinkedHashMap<>();
        ScenarioFiles recording = new ScenarioFiles.Disk() {
            @Override
            public String read(Path f) throws ScenarioException {
                String text = super.read(f);
                texts.put(f.toString(), text);
                return text;
            }
        };
        Path absolute = file.toAbsolutePath().normalize();
        Inheritance.tree(file, absolute, recording);
        return new ScenarioSnapshot(file.toString(), absolute.toString(), texts);
    }

    /** The scenario with {@code overrides} applied, as {@link ScenarioLoader#load(Path, List)} would build it from the files read. */
    public Scenario load(List<String> overrides) throws ScenarioException {
        ScenarioFiles replay = new ScenarioFiles() {
            @Override
            public boolean exists(Path f) {
                return texts.containsKey(f.toString());
            }

            @Override
            public String read(Path f) throws ScenarioException {
                String text = texts.get(f.toString());
                if (text == null) throw new ScenarioException(new Problem(Location.of(f.toString()), "", "no such file; expected a scenario"));
                return text;
            }
        };
        return ScenarioLoader.load(Path.of(file), Path.of(absolute), replay, overrides);
    }

    /** The scenario file's path as given. */
    public String file() {
        return file;
    }
}
