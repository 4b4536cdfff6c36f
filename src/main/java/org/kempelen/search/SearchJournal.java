package org.kempelen.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kempelen.output.AtomicFiles;
import org.kempelen.output.BuildInfo;
import org.kempelen.output.BuildStamps;
import org.kempelen.output.ChecksummedLines;

/**
 * The record of a search's evaluations: a hidden journal holding every candidate exactly (its
 * position and every run's metrics as the bits of the doubles, each line with a checksum) and
 * evaluations.csv, the same for people, both appended as each generation is evaluated. A search
 * killed at any moment resumes from the journal's whole lines whose checksum holds: the
 * optimiser is replayed over them (it proposes the same candidates), evaluations.csv is
 * rewritten from them, and the search goes on, ending with the files of an uninterrupted one.
 * The journal records the builds that made the evaluations ({@link BuildStamps}).
 */
public final class SearchJournal implements AutoCloseable {
    static final String JOURNAL = ".search-journal";

    private final SearchSpec spec;
    private final List<Candidate> replayed;
    private final BuildStamps builds;
    private final EvaluationsTable table;
    private BufferedWriter journal;
    private BufferedWriter csv;

    private SearchJournal(SearchSpec spec, List<Candidate> replayed, BuildStamps builds, EvaluationsTable table) {
        this.spec = spec;
        this.replayed = replayed;
        this.builds = builds;
        this.table = table;
    }

    /** Opens {@code out} for a new search, or with {@code resume} the one a killed search left; another build's only when allowed. */
    public static SearchJournal open(SearchSpec spec, StatesOfTheWorld states, Path out, boolean resume, boolean allowBuildChange)
            throws IOException, SearchException {
        Path file = out.resolve(JOURNAL);
        String header = header(spec, states);
        List<Candidate> kept = new ArrayList<>();
        BuildStamps builds = BuildStamps.of(BuildInfo.id());
        if (Files.exists(file)) {
            if (!resume) throw new SearchException(out + " already holds a search; add --resume to continue it, or choose another --out");
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            int firstEnd = text.indexOf('\n');
            String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
            if (!first.equals(header)) {
                throw new SearchException("cannot resume " + out + ": it was started by another search file, or its base scenario has changed since ("
                        + first + "; now " + header + ")");
            }
            List<String> whole = firstEnd < 0 ? List.of() : ChecksummedLines.whole(text.substring(firstEnd + 1));
            for (String line : whole) {
                if (BuildStamps.isStamp(line)) continue;
                Candidate c = parse(line, kept.size(), spec, states);
                if (c == null) break;
                kept.add(c);
            }
            try {
                builds = BuildStamps.read(whole).resume(kept.size(), BuildInfo.id(), allowBuildChange);
            } catch (BuildStamps.Refused e) {
                throw new SearchException("cannot resume " + out + ": " + e.getMessage());
            }
        } else if (resume) {
            throw new SearchException(out + " holds no search to resume; leave out --resume to start one");
        } else if (Files.isDirectory(out)) {
            try (var s = Files.list(out)) {
                if (s.findAny().isPresent()) throw new SearchException(out + " exists and is not a search directory; choose another --out");
            }
        }
        Files.createDirectories(out);
        EvaluationsTable table = new EvaluationsTable(spec, states);
        SearchJournal j = new SearchJournal(spec, List.copyOf(kept), builds, table);
        StringBuilder journalText = new StringBuilder(header).append('\n').append(builds.lines());
        StringBuilder csvText = new StringBuilder(table.header());
        for (Candidate c : kept) {
            journalText.append(line(c));
            csvText.append(table.rows(c));
        }
        AtomicFiles.write(file, journalText.toString());
        AtomicFiles.write(out.resolve(EvaluationsTable.FILE), csvText.toString());
        j.journal = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
        j.csv = Files.newBufferedWriter(out.resolve(EvaluationsTable.FILE), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return j;
    }

    public BuildStamps builds() {
        return builds;
    }

    /** The candidates a resumed search replays, in id order (empty for a new one). */
    public List<Candidate> replayed() {
        return replayed;
    }

    /** Records one new candidate: the journal line first, so evaluations.csv never runs ahead of it. */
    public void append(Candidate c) throws IOException {
        journal.write(line(c));
        journal.flush();
        csv.write(table.rows(c));
        csv.flush();
    }

    @Override
    public void close() throws IOException {
        if (journal != null) journal.close();
        if (csv != null) csv.close();
    }

    private static String header(SearchSpec spec, StatesOfTheWorld states) {
        return "kempelen-search 1 " + spec.fingerprint() + " levers " + spec.levers().size() + " states " + states.size() + " replications "
                + spec.replications() + " metrics " + spec.metrics().size();
    }

    /** id, generation, position, every run's metrics (state, replication, metric) as hexadecimal double bits; then a checksum. */
    static String line(Candidate c) {
        StringBuilder b = new StringBuilder().append(c.id()).append(' ').append(c.generation());
        for (double u : c.positions()) b.append(' ').append(ChecksummedLines.hex(u));
        for (double[][] state : c.values()) for (double[] rep : state) for (double v : rep) b.append(' ').append(ChecksummedLines.hex(v));
        return ChecksummedLines.seal(b.toString());
    }

    /** The candidate on {@code line}, or null when the line is damaged, not this search's shape, or out of order. */
    private static Candidate parse(String line, int expected, SearchSpec spec, StatesOfTheWorld states) {
        String body = ChecksummedLines.open(line);
        if (body == null) return null;
        int d = spec.levers().size();
        int reps = spec.replications();
        int metrics = spec.metrics().size();
        try {
            String[] f = body.split(" ");
            if (f.length != 2 + d + states.size() * reps * metrics || Integer.parseInt(f[0]) != expected) return null;
            int generation = Integer.parseInt(f[1]);
            double[] positions = new double[d];
            for (int i = 0; i < d; i++) positions[i] = ChecksummedLines.bits(f[2 + i]);
            double[][][] values = new double[states.size()][reps][metrics];
            int k = 2 + d;
            for (double[][] state : values) for (double[] rep : state) for (int m = 0; m < metrics; m++) rep[m] = ChecksummedLines.bits(f[k++]);
            Map<String, Object> levers = generation == Candidate.BASE_GENERATION ? spec.baseLevers() : Levers.values(spec, positions);
            return new Candidate(expected, generation, positions, levers, values);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
