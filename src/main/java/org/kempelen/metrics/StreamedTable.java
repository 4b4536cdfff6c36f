package org.kempelen.metrics;

import java.io.IOException;
import java.util.List;

/**
 * A table whose rows are made while they are written and never held together: microdata with one
 * row per worker or per campaign, read from the model's arrays at write time, so memory does not
 * grow with the number of rows. Values are as in {@link Table} (NaN or null: not available).
 */
public abstract class StreamedTable {
    private final List<String> columns;

    protected StreamedTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public final List<String> columns() {
        return columns;
    }

    /** Hands every row to {@code sink}, in order; the array may be reused from one row to the next. */
    public abstract void forEachRow(RowSink sink) throws IOException;

    /** Receives rows (a CSV writer). */
    @FunctionalInterface
    public interface RowSink {
        void accept(Object[] row) throws IOException;
    }
}
