package org.kempelen.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kempelen.output.BuildStamps;
import org.kempelen.output.ChecksummedLines;
import org.kempelen.output.ResumableJournal;

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

    private final ResumableJournal<Candidate> files;

    private SearchJournal(ResumableJournal<Candidate> files) {
        this.files = files;
    }

    /** Opens {@code out} for a new search, or with {@code resume} the one a killed search left; another build's only when allowed. */
    public static SearchJournal open(SearchSpec spec, StatesOfTheWorld states, Path out, boolean resume, boolean allowBuildChange)
            throws IOException, SearchException {
        if (resume && !Files.exists(out.resolve(JOURNAL))) throw new SearchException(out + " holds no search to resume; leave out --resume to start one");
        EvaluationsTable table = new EvaluationsTable(spec, states);
        ResumableJournal.Format<Candidate> format = new ResumableJournal.Format<>(header(spec, states), (line, index) -> parse(line, index, spec, states),
                SearchJournal::line, table.header(), table::rows);
        try {
            return new SearchJournal(ResumableJournal.open(out, JOURNAL, EvaluationsTable.FILE, format, "search", "its base scenario has changed",
                    resume, allowBuildChange));
        } catch (ResumableJournal.Refused e) {
            throw new SearchException(e.getMessage());
        }
    }

    public BuildStamps builds() {
        return files.builds();
    }

    /** The candidates a resumed search replays, in id order (empty for a new one). */
    public List<Candidate> replayed() {
        return files.replayed();
    }

    /** Records one new candidate: the journal line first, so evaluations.csv never runs ahead of it. */
    public void append(Candidate c) throws IOException {
        files.append(c);
    }

    @Override
    public void close() throws IOException {
        files.close();
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
