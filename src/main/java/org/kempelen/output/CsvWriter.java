package org.kempelen.output;

import java.io.IOException;
import java.io.Writer;
import org.kempelen.metrics.Table;

/** RFC 4180 CSV with a header row; "NA" for values that are not available (R and pandas read it). */
public final class CsvWriter {
    private CsvWriter() {}

    public static void write(Table table, Writer w) throws IOException {
        line(w, table.columns().toArray());
        for (Object[] row : table.rows()) line(w, row);
    }

    private static void line(Writer w, Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) w.write(',');
            w.write(quote(Fmt.value(values[i])));
        }
        w.write('\n');
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
