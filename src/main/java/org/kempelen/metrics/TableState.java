package org.kempelen.metrics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kempelen.model.MarketState;

/**
 * A table's rows into a saved market state and back (docs/STATES.md), column
 * by column: each column is of one kind (Integer, Long, Double or String) and keeps it, so the
 * rows read back print exactly as the rows written.
 */
final class TableState {
    private static final byte INT = 0, LONG = 1, DOUBLE = 2, STRING = 3;

    private TableState() {}

    static void save(String prefix, Table t, MarketState.Sink out) {
        List<Object[]> rows = t.rows();
        int cols = t.columns().size();
        byte[] kinds = new byte[cols];
        for (int j = 0; j < cols; j++) kinds[j] = rows.isEmpty() ? INT : kind(rows.get(0)[j]);
        out.put(prefix + "kinds", kinds);
        out.put(prefix + "rows", new int[] {rows.size()});
        for (int j = 0; j < cols; j++) {
            int n = rows.size();
            switch (kinds[j]) {
                case INT -> { int[] a = new int[n]; for (int i = 0; i < n; i++) a[i] = (Integer) cell(rows, i, j, Integer.class); out.put(prefix + j, a); }
                case LONG -> { long[] a = new long[n]; for (int i = 0; i < n; i++) a[i] = (Long) cell(rows, i, j, Long.class); out.put(prefix + j, a); }
                case DOUBLE -> { double[] a = new double[n]; for (int i = 0; i < n; i++) a[i] = (Double) cell(rows, i, j, Double.class); out.put(prefix + j, a); }
                default -> {
                    StringBuilder s = new StringBuilder();
                    for (int i = 0; i < n; i++) s.append((String) cell(rows, i, j, String.class)).append('\0');
                    out.put(prefix + j, s.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** Appends the saved rows to {@code t}, which has the same columns (and, when restoring, no rows yet). */
    static void restore(String prefix, Table t, MarketState.Source in) {
        int cols = t.columns().size();
        byte[] kinds = (byte[]) in.take(prefix + "kinds", byte.class);
        if (kinds.length != cols) throw new IllegalStateException(prefix + " has " + kinds.length + " columns where this run's table has " + cols);
        int n = ((int[]) in.take(prefix + "rows", int.class))[0];
        Object[][] rows = new Object[n][cols];
        for (int j = 0; j < cols; j++) {
            Object column = switch (kinds[j]) {
                case INT -> in.take(prefix + j, int.class);
                case LONG -> in.take(prefix + j, long.class);
                case DOUBLE -> in.take(prefix + j, double.class);
                case STRING -> splitStrings((byte[]) in.take(prefix + j, byte.class));
                default -> throw new IllegalStateException(prefix + " column " + j + " is of unknown kind " + kinds[j]);
            };
            if (java.lang.reflect.Array.getLength(column) != n) throw new IllegalStateException(prefix + " column " + j + " does not have " + n + " rows");
            for (int i = 0; i < n; i++) rows[i][j] = java.lang.reflect.Array.get(column, i);
        }
        for (Object[] row : rows) t.add(row);
    }

    private static byte kind(Object v) {
        if (v instanceof Integer) return INT;
        if (v instanceof Long) return LONG;
        if (v instanceof Double) return DOUBLE;
        if (v instanceof String) return STRING;
        throw new IllegalStateException("a table cell of " + v.getClass() + " cannot be saved");
    }

    private static Object cell(List<Object[]> rows, int i, int j, Class<?> kind) {
        Object v = rows.get(i)[j];
        if (!kind.isInstance(v)) throw new IllegalStateException("column " + j + " mixes " + kind.getSimpleName() + " and " + v.getClass().getSimpleName());
        return v;
    }

    private static String[] splitStrings(byte[] bytes) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                out.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return out.toArray(String[]::new);
    }
}
