package org.kempelen.cli;

import picocli.CommandLine.Option;

/** {@code --threads} of one simulation ({@code run}, {@code bench}): its work phase decides in parallel, with the same results for any number. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "Threads of the simulation; the output files are the same "
            + "for any number (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    int threads() throws BadInputException {
        if (threads < 1) throw new BadInputException("--threads must be at least 1; found " + threads);
        return threads;
    }
}
