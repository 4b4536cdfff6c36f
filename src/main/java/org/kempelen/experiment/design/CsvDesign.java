package org.kempelen.experiment.design;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kempelen.scenario.InputLimits;

/**
 * Points supplied by the user in a CSV file (UTF-8, comma-separated, a header row, one point per
 * following row; fields may be double-quoted, with {@code ""} for a quote; blank lines are
 * skipped; cells are trimmed). The header must name exactly the factors' paths, in any order.
 *
 * <p>Values: a cell that looks like a decimal number becomes a {@code Long} when it is a whole
 * number written without a decimal point or exponent, else a {@code Double}; {@code true} /
 * {@code false} (any case) become {@code Boolean}; anything else stays a {@code String}. For a
 * {@link Domain.Range} factor the cell must be a number: a {@code Double}, or a {@code Long} for
 * an integer range (a whole-valued decimal such as {@code 3.0} is accepted there). The factors'
 * domains are used only for this typing: values are not checked against min/max or the levels.
 * Points are in file order; the seed is ignored.
 *
 * <p>Errors (unknown, missing or repeated column, wrong number of cells, empty cell, unparseable
 * number, unreadable file, no rows) are {@link IllegalArgumentException}s naming the file, the
 * line and the column.
 */
public final class CsvDesign implements Design {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

    private final Path file;

    /** @param file the CSV file; it is read when {@link #plan} is called */
    public CsvDesign(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path file() {
        return file;
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public Plan plan(List<Factor> factors, long seed) {
        Checks.factors(factors);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("design file " + file + ": cannot read it (" + e + ")", e);
        }
        return parse(text, factors);
    }

    Plan parse(String text, List<Factor> factors) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = rows(text);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("design file " + file + ": the file is empty; it needs a header row naming the factors");
        }
        Row header = rows.get(0);
        Map<String, Factor> byPath = new HashMap<>();
        for (Factor f : factors) {
            byPath.put(f.path(), f);
        }
        Factor[] columns = new Factor[header.cells.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < columns.length; c++) {
            String name = header.cells.get(c);
            Factor f = byPath.get(name);
            if (f == null) {
                throw error(header.line, c, name, "unknown column; the header must name exactly the factors "
                        + paths(factors));
            }
            Integer before = seen.put(name, c);
            if (before != null) {
                throw error(header.line, c, name, "repeats column " + (before + 1));
            }
            columns[c] = f;
        }
        for (Factor f : factors) {
            if (!seen.containsKey(f.path())) {
                throw new IllegalArgumentException("design file " + file + ", line " + header.line + ": missing column '"
                        + f.path() + "'; the header must name exactly the factors " + paths(factors));
            }
        }
        if (rows.size() == 1) {
            throw new IllegalArgumentException("design file " + file + ": no points, only the header on line " + header.line);
        }
        List<Map<String, Object>> points = new ArrayList<>(rows.size() - 1);
        for (Row row : rows.subList(1, rows.size())) {
            if (row.cells.size() != columns.length) {
                throw new IllegalArgumentException("design file " + file + ", line " + row.line + ": " + row.cells.size()
                        + " cells, expected " + columns.length + " (one per header column)");
            }
            Map<String, Object> p = new LinkedHashMap<>();
            for (int c = 0; c < columns.length; c++) {
                p.put(columns[c].path(), value(row.cells.get(c), columns[c], row.line, c));
            }
            points.add(p);
        }
        return Plan.samples(name(), factors, points);
    }

    private Object value(String cell, Factor f, int line, int column) {
        if (cell.isEmpty()) {
            throw error(line, column, f.path(), "empty cell");
        }
        if (f.domain() instanceof Domain.Range range) {
            if (!NUMBER.matcher(cell).matches()) {
                throw error(line, column, f.path(), InputLimits.quote(cell) + " is not a number");
            }
            double x = Double.parseDouble(cell);
            if (!Double.isFinite(x)) {
                throw error(line, column, f.path(), InputLimits.quote(cell) + " is out of range");
            }
            if (!range.integer()) {
                return x;
            }
            if (x != Math.rint(x) || Math.abs(x) >= 0x1p63) {
                throw error(line, column, f.path(), InputLimits.quote(cell) + " is not a whole number (the factor is an integer range)");
            }
            return WHOLE.matcher(cell).matches() ? Long.parseLong(cell) : (long) x;
        }
        return parse(cell);
    }

    /** A cell's value: Long, Double, Boolean or String (see the class comment). */
    static Object parse(String cell) {
        if (NUMBER.matcher(cell).matches()) {
            if (WHOLE.matcher(cell).matches()) {
                try {
                    return Long.parseLong(cell);
                } catch (NumberFormatException tooLong) {
                    // falls through to Double
                }
            }
            return Double.parseDouble(cell);
        }
        if (cell.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (cell.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        return cell;
    }

    private IllegalArgumentException error(int line, int column, String name, String what) {
        return new IllegalArgumentException("design file " + file + ", line " + line + ", column " + (column + 1)
                + " (" + InputLimits.quote(name) + "): " + what);
    }

    private static String paths(List<Factor> factors) {
        return factors.stream().map(Factor::path).toList().toString();
    }

    private record Row(int line, List<String> cells) {
    }

    /** Splits the text into records of trimmed cells; each record knows the line it starts on. */
    private List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;      // inside quotes
        boolean wasQuoted = false;   // the current cell had quotes (keep its spaces)
        boolean blank = true;        // the current record has no content yet
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char ch = i < n ? text.charAt(i) : '\n';
            if (quoted) {
                if (i == n) {
                    throw new IllegalArgumentException("design file " + file + ", line " + start
                            + ": a quoted cell is not closed");
                }
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
                continue;
            }
            if (ch == '"') {
                if (!cell.toString().isBlank()) {
                    throw new IllegalArgumentException("design file " + file + ", line " + line + ", column "
                            + (cells.size() + 1) + ": a quote in the middle of a cell; quote the whole cell");
                }
                cell.setLength(0);
                quoted = true;
                wasQuoted = true;
                blank = false;
            } else if (ch == ',') {
                cells.add(wasQuoted ? cell.toString() : cell.toString().trim());
                cell.setLength(0);
                wasQuoted = false;
                blank = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(wasQuoted ? cell.toString() : cell.toString().trim());
                if (!(blank && cells.size() == 1 && cells.get(0).isEmpty())) {
                    rows.add(new Row(start, List.copyOf(cells)));
                }
                cells.clear();
                cell.setLength(0);
                wasQuoted = false;
                blank = true;
                line++;
                start = line;
            } else {
                if (wasQuoted && !Character.isWhitespace(ch)) {
                    throw new IllegalArgumentException("design file " + file + ", line " + line + ", column "
                            + (cells.size() + 1) + ": text after the closing quote of a cell");
                }
                if (!wasQuoted) {
                    cell.append(ch);
                }
            }
        }
        return rows;
    }
}
