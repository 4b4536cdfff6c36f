package org.kempelen.scenario;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a scenario file and the files it {@code extends:} are read from: the disk, or the texts a
 * {@link ScenarioSnapshot} read from it before (on a machine that cannot see the disk).
 */
interface ScenarioFiles {
    ScenarioFiles DISK = new Disk();

    boolean exists(Path file);

    String read(Path file) throws ScenarioException;

    /** The files on disk, each read whole within the input limits. */
    class Disk implements ScenarioFiles {
        @Override
        public boolean exists(Path file) {
            return Files.isRegularFile(file);
        }

        @Override
        public String read(Path file) throws ScenarioException {
            return YamlReader.readFile(file, "a scenario, a YAML text file");
        }
    }
}
