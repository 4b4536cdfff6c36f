package org.kempelen.experiment;

import java.nio.file.Path;

/** What a sweep (or shard) did: where its files are, how many runs it did in this call, how many failed overall. */
public record SweepResult(Path out, int runs, int ranNow, int failed) {}
