package org.kempelen.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenario files under a folder (the shipped library is {@code scenarios/}): each loaded
 * with its bases merged, so that listing them also checks them.
 */
public final class ScenarioLibrary {
    /**
     * One scenario file: its path relative to the library folder, the base it extends (relative
     * to the library, or empty), and the loaded scenario, or the problems that keep it from loading.
     */
    public record Item(String file, String base, Scenario scenario, List<Problem> problems) {
        public boolean valid() {
            return scenario != null;
        }
    }

    private ScenarioLibrary() {}

    /** Every {@code .yaml}/{@code .yml} file under {@code folder}, in path order. */
    public static List<Item> list(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        }
        List<Item> items = new ArrayList<>();
        for (Path f : files) {
            String rel = folder.relativize(f).toString().replace('\\', '/');
            String base = "";
            try {
                Path b = Inheritance.baseOf(f);
                if (b != null) base = folder.toAbsolutePath().normalize().relativize(b.toAbsolutePath().normalize()).toString().replace('\\', '/');
                items.add(new Item(rel, base, ScenarioLoader.load(f, List.of()), List.of()));
            } catch (ScenarioException e) {
                items.add(new Item(rel, base, null, e.problems()));
            }
        }
        return items;
    }
}
