package org.kempelen.cli;

import picocli.CommandLine.Option;

/** {@code --threads} of one simulation ({@code run}, {@code bench}): its work phase decides in parallel, with the same results for any number. */
final class ThreadsOption {
    /** More threads than this is a typo, not a machine. */
    static final int MAX = 1024;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the simulation; the output files are the same "
            + "for any number (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    int threads() throws BadInputException {
        if (threads < 1 || threads > MAX) throw new BadInputException("--threads must be a whole number from 1 to " + MAX + "; found " + threads);
        return threads;
    }
}
