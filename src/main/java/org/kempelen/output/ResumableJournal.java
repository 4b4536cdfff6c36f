package org.kempelen.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The journal that lets a killed calibration or policy search resume, and the table that shows
 * the same entries to people. The hidden journal starts with a header that fingerprints the
 * inputs, holds every entry exactly in a {@link ChecksummedLines} line, and records the builds
 * that made them ({@link BuildStamps}). Resuming keeps the whole lines whose checksum holds, in
 * order, up to the first that does not, and rewrites both files from them, so a torn last line of
 * either is never trusted. New entries go to the journal first, so the table never runs ahead.
 *
 * @param <E> an entry: a calibration's evaluation, a search's candidate
 */
public final class ResumableJournal<E> implements AutoCloseable {
    /** How entries are written and read: the journal's header and lines, the table's header and rows. */
    public record Format<E>(String header, Parser<E> parser, Function<E, String> line, String tableHeader, Function<E, String> tableRow) {}

    /** The entry on a journal line, the {@code index}-th kept (from 0), or null when the line is damaged, of another shape or out of order. */
    @FunctionalInterface
    public interface Parser<E> {
        E parse(String line, int index);
    }

    /** Why a directory cannot be opened or resumed, in words the caller passes on in its own exception. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final Format<E> format;
    private final List<E> replayed;
    private final BuildStamps builds;
    private final BufferedWriter journal;
    private final BufferedWriter table;

    private ResumableJournal(Format<E> format, List<E> replayed, BuildStamps builds, BufferedWriter journal, BufferedWriter table) {
        this.format = format;
        this.replayed = replayed;
        this.builds = builds;
        this.journal = journal;
        this.table = table;
    }

    /**
     * Opens {@code out} for a new {@code what} (calibration, search), or with {@code resume} the one
     * a killed one left there; one that another build began only with {@code allowBuildChange}.
     * {@code changed} says what else a header that no longer matches may mean ("its base scenario
     * has changed").
     */
    public static <E> ResumableJournal<E> open(Path out, String journalName, String tableName, Format<E> format, String what, String changed,
                                               boolean resume, boolean allowBuildChange) throws IOException, Refused {
        Path file = out.resolve(journalName);
        List<E> kept = new ArrayList<>();
        BuildStamps builds = BuildStamps.of(BuildInfo.id());
        if (Files.exists(file)) {
            if (!resume) throw new Refused(out + " already holds a " + what + "; add --resume to continue it, or choose another --out");
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            int firstEnd = text.indexOf('\n');
            String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
            if (!first.equals(format.header())) {
                throw new Refused("cannot resume " + out + ": it was started by another " + what + " file, or " + changed + " since ("
                        + first + "; now " + format.header() + ")");
            }
            List<String> whole = firstEnd < 0 ? List.of() : ChecksummedLines.whole(text.substring(firstEnd + 1));
            for (String line : whole) {
                if (BuildStamps.isStamp(line)) continue;
                E e = format.parser().parse(line, kept.size());
                if (e == null) break;
                kept.add(e);
            }
            try {
                builds = BuildStamps.read(whole).resume(kept.size(), BuildInfo.id(), allowBuildChange);
            } catch (BuildStamps.Refused e) {
                throw new Refused("cannot resume " + out + ": " + e.getMessage());
            }
        } else if (Files.isDirectory(out)) {
            try (var s = Files.list(out)) {
                if (s.findAny().isPresent()) throw new Refused(out + " exists and is not a " + what + " directory; choose another --out");
            }
        }
        Files.createDirectories(out);
        StringBuilder journalText = new StringBuilder(format.header()).append('\n').append(builds.lines());
        StringBuilder tableText = new StringBuilder(format.tableHeader());
        for (E e : kept) {
            journalText.append(format.line().apply(e));
            tableText.append(format.tableRow().apply(e));
        }
        Path tableFile = out.resolve(tableName);
        AtomicFiles.write(file, journalText.toString());
        AtomicFiles.write(tableFile, tableText.toString());
        BufferedWriter journal = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
        BufferedWriter table;
        try {
            table = Files.newBufferedWriter(tableFile, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            journal.close();
            throw e;
        }
        return new ResumableJournal<>(format, List.copyOf(kept), builds, journal, table);
    }

    /** The builds that made the entries, this one last. */
    public BuildStamps builds() {
        return builds;
    }

    /** The entries a resumed run replays, in order (empty for a new one). */
    public List<E> replayed() {
        return replayed;
    }

    /** Records one new entry: the journal line first, so the table never runs ahead of it. */
    public void append(E e) throws IOException {
        journal.write(format.line().apply(e));
        journal.flush();
        table.write(format.tableRow().apply(e));
        table.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            journal.close();
        } finally {
            table.close();
        }
    }
}
