package org.kempelen.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kempelen.metrics.Table;
import org.kempelen.scenario.InputLimits;

/** Reads a run directory back into {@link RunTables}, with errors that name the file and line. */
public final class RunReader {
    /** A run directory that cannot be read; the message names the file and what is wrong. */
    public static final class BadRunException extends Exception {
        public BadRunException(String message) {
            super(message);
        }
    }

    private static final List<String> NEEDED = List.of("scenario.resolved.yaml", "timeseries.csv", "by_country.csv",
            "by_pressure.csv", "beliefs.csv", "summary.json");

    private RunReader() {}

    public static RunTables read(Path dir) throws BadRunException {
        return read(dir, dir);
    }

    /** Reads {@code dir} but names the run {@code shownAs} (a run read from its temporary directory before the rename). */
    public static RunTables read(Path dir, Path shownAs) throws BadRunException {
        if (!Files.isDirectory(dir)) {
            throw new BadRunException(dir + ": " + (Files.exists(dir) ? "not a directory" : "no such directory")
                    + "; give a run directory written by 'kempelen run'");
        }
        for (String f : NEEDED) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new BadRunException(dir.resolve(f) + ": missing; a run directory holds " + String.join(", ", NEEDED));
            }
        }
        String yaml = text(dir.resolve("scenario.resolved.yaml"));
        Map<String, Object> scenario;
        Map<String, Object> summary;
        try {
            scenario = asMap(new YAMLMapper().readValue(yaml, Object.class), dir.resolve("scenario.resolved.yaml"));
        } catch (JsonProcessingException e) {
            throw new BadRunException(dir.resolve("scenario.resolved.yaml") + ": not valid YAML: " + InputLimits.parserMessage(e.getOriginalMessage()));
        }
        try {
            summary = asMap(new ObjectMapper().readValue(text(dir.resolve("summary.json")), Object.class), dir.resolve("summary.json"));
        } catch (JsonProcessingException e) {
            throw new BadRunException(dir.resolve("summary.json") + ": not valid JSON: " + InputLimits.parserMessage(e.getOriginalMessage()));
        }
        if (!(scenario.get("countries") instanceof Map<?, ?>)) {
            throw new BadRunException(dir.resolve("scenario.resolved.yaml") + ": no 'countries' mapping; not a resolved Kempelen scenario");
        }
        Object name = scenario.get("name");
        return new RunTables(shownAs, name == null ? shownAs.getFileName().toString() : name.toString(),
                csv(dir.resolve("timeseries.csv"), "day", "active_workers", "open_campaigns", "breaches", "newly_harmed_workers"),
                // The share_due_to_* columns (figure 8) are not required: runs written before them still plot, without figure 8.
                csv(dir.resolve("by_country.csv"), "country", "category", "acceptance_rate", "worker_share", "sensitive_item_share",
                        "mean_price_accepted_usd", "paid_hourly_wage_usd", "effective_hourly_wage_usd"),
                csv(dir.resolve("by_pressure.csv"), "pressure_band", "pressure_from", "pressure_to", "category", "acceptance_rate"),
                csv(dir.resolve("beliefs.csv"), "day", "country", "category", "mean_belief"),
                summary, scenario, yaml);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o, Path file) throws BadRunException {
        if (o instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw new BadRunException(file + ": expected a mapping at the top");
    }

    private static String text(Path f) throws BadRunException {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadRunException(f + ": cannot read: " + e.getMessage());
        }
    }

    /** A result CSV: header, then rows; numbers become Double ("NA" becomes NaN), other cells stay text. */
    public static Table csv(Path f, String... required) throws BadRunException {
        List<String> lines = text(f).lines().toList();
        if (lines.isEmpty()) throw new BadRunException(f + ": empty; expected a header row");
        List<String> header = split(lines.get(0));
        for (String r : required) {
            if (!header.contains(r)) throw new BadRunException(f + ":1: missing column '" + r + "'; found " + InputLimits.quote(String.join(", ", header)));
        }
        Table t = new Table(header);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) continue;
            List<String> cells = split(lines.get(i));
            if (cells.size() != header.size()) {
                throw new BadRunException(f + ":" + (i + 1) + ": " + cells.size() + " values for " + header.size() + " columns");
            }
            Object[] row = new Object[cells.size()];
            for (int j = 0; j < row.length; j++) row[j] = cell(cells.get(j));
            t.add(row);
        }
        return t;
    }

    private static Object cell(String s) {
        if (s.equals("NA")) return Double.NaN;
        if (!s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '-' && s.length() > 1)) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return s;
            }
        }
        return s;
    }

    /** Splits one CSV line as written by {@link CsvWriter} (quoted cells may hold commas and doubled quotes). */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
