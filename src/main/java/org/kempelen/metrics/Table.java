package org.kempelen.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A tidy table: named columns, rows of values (String, Long/Integer, Double; NaN means not available). */
public final class Table implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public Table(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public void add(Object... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException("row has " + row.length + " values for " + columns.size() + " columns");
        }
        rows.add(row);
    }

    public List<String> columns() {
        return columns;
    }

    public List<Object[]> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** The rows whose {@code column} holds {@code value}; every row when the table has no such column. */
    public List<Object[]> rowsWith(String column, Object value) {
        int i = columns.indexOf(column);
        if (i < 0) return rows();
        List<Object[]> out = new ArrayList<>();
        for (Object[] row : rows) if (value.equals(row[i])) out.add(row);
        return out;
    }

    public int columnIndex(String name) {
        int i = columns.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no column " + name);
        return i;
    }
}
