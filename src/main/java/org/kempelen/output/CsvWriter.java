package org.kempelen.output;

import java.io.IOException;
import java.io.Writer;
import org.kempelen.metrics.StreamedTable;
import org.kempelen.metrics.Table;

/** RFC 4180 CSV with a header row; "NA" for values that are not available (R and pandas read it). */
public final class CsvWriter {
    private CsvWriter() {}

    public static void write(Table table, Writer w) throws IOException {
        line(w, table.columns().toArray());
        for (Object[] row : table.rows()) line(w, row);
    }

    /** A streamed table (microdata): each row is formatted and written as it is made, never held. */
    public static void write(StreamedTable table, Writer w) throws IOException {
        line(w, table.columns().toArray());
        table.forEachRow(row -> line(w, row));
    }

    private static void line(Writer w, Object[] values) throws IOException {
        w.write(line(values));
    }

    /** One CSV line, newline included, formatted as in every result file. */
    public static String line(Object... values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) b.append(',');
            b.append(quote(Fmt.value(values[i])));
        }
        return b.append('\n').toString();
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
