package org.kempelen.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kempelen.charts.ChartFiles;
import picocli.CommandLine.Option;

/** {@code --format png,svg}, shared by the commands that draw figures ({@code plot}, {@code compare}). */
final class FigureFormats {
    @Option(names = "--format", paramLabel = "png,svg", split = ",", description = "Image formats (default: png,svg).")
    List<String> formats = List.of("png", "svg");

    /** The formats asked for; an unknown one is bad input. */
    Set<ChartFiles.Format> chosen() throws BadInputException {
        Set<ChartFiles.Format> chosen = EnumSet.noneOf(ChartFiles.Format.class);
        for (String f : formats) {
            try {
                chosen.add(ChartFiles.Format.valueOf(f.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--format: unknown format '" + f + "'; allowed: png, svg");
            }
        }
        return chosen;
    }
}
