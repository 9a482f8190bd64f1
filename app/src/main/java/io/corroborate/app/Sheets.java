package io.corroborate.app;

import io.corroborate.model.Claim;
import io.corroborate.model.Clue;
import io.corroborate.model.Durations;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.Landmark;
import io.corroborate.spi.StrictUtf8Reader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the case's own sheets with commons-csv: the landmark gazetteer ({@code landmarks.csv}), the
 * analysts' clue sheets ({@code clues.csv}) and the claims ({@code claims.csv}). Columns are found by
 * header name. A bad row is skipped with a warning naming file, line and column; a sheet that cannot be
 * read at all (missing column, broken quoting, invalid UTF-8) stops the run.
 */
public final class Sheets {
    static final int MAX_FIELD_CHARS = 1 << 16;
    static final int MAX_RECORD_CHARS = 1 << 20;
    static final int MAX_ROWS = 1_000_000;

    private final Path root;
    private final RunLog log;

    public Sheets(Path root, RunLog log) {
        this.root = root;
        this.log = log;
    }

    /** A row with its line, read by header name. */
    private record Row(String file, long line, Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(Row row) throws RowException;
    }

    private static final class RowException extends Exception {
        final String column;

        RowException(String column, String message) {
            super(message);
            this.column = column;
        }
    }

    public List<Landmark> landmarks(Path file) throws InputException {
        return read(file, Set.of("id", "name", "lat", "lon"), row -> {
            List<String> aliases = row.get("aliases").isEmpty() ? List.of()
                    : Arrays.stream(row.get("aliases").split("[;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            double lat = number(row, "lat");
            double lon = number(row, "lon");
            double radius = row.get("radius_m").isEmpty() ? 0 : number(row, "radius_m");
            try {
                return new Landmark(row.get("id"), row.get("name"), aliases, new GeoPoint(lat, lon), radius);
            } catch (IllegalArgumentException e) {
                throw new RowException(null, e.getMessage());
            }
        });
    }

    public List<Clue> clues(Path file) throws InputException {
        String name = file.getFileName().toString();
        return read(file, Set.of("item", "kind", "value"), row -> {
            String tol = row.get("tolerance");
            java.time.Duration tolerance = null;
            if (!tol.isEmpty()) {
                try {
                    tolerance = Durations.parse(tol);
                } catch (IllegalArgumentException | DateTimeException e) {
                    throw new RowException("tolerance", "'" + tol + "' is not a duration (expected e.g. 90s, 5m, 2h)");
                }
            }
            if (row.get("item").isEmpty()) {
                throw new RowException("item", "missing the item id");
            }
            if (row.get("kind").isEmpty()) {
                throw new RowException("kind", "missing the clue kind");
            }
            try {
                return new Clue(name + ":" + row.line(), row.get("item"), row.get("kind").toLowerCase(Locale.ROOT),
                        row.get("value"), tolerance, row.get("note"), row.get("analyst"));
            } catch (IllegalArgumentException e) {
                throw new RowException(null, e.getMessage());
            }
        });
    }

    public List<Claim> claims(Path file) throws InputException {
        return read(file, Set.of("id", "claimant", "text", "asserts"), row -> {
            LocalDate stated = null;
            if (!row.get("stated_on").isEmpty()) {
                try {
                    stated = LocalDate.parse(row.get("stated_on"));
                } catch (DateTimeException e) {
                    throw new RowException("stated_on", "'" + row.get("stated_on") + "' is not a date (expected YYYY-MM-DD)");
                }
            }
            try {
                return new Claim(row.get("id"), row.get("claimant"), stated, row.get("text"), row.get("asserts"));
            } catch (IllegalArgumentException e) {
                throw new RowException(null, e.getMessage());
            }
        });
    }

    private static double number(Row row, String column) throws RowException {
        try {
            return Double.parseDouble(row.get(column));
        } catch (NumberFormatException e) {
            throw new RowException(column, "'" + row.get(column) + "' is not a number");
        }
    }

    private <T> List<T> read(Path file, Set<String> required, RowMapper<T> mapper) throws InputException {
        String name = relative(file);
        List<T> out = new ArrayList<>();
        try (StrictUtf8Reader reader = new StrictUtf8Reader(Files.newInputStream(file), MAX_RECORD_CHARS);
             CSVParser parser = open(reader, name)) {
            Map<String, String> columns = new TreeMap<>();
            for (String h : parser.getHeaderNames()) {
                // a spreadsheet's empty trailing columns have no name: nothing to read there
                if (!h.isBlank()) {
                    columns.put(h.strip().toLowerCase(Locale.ROOT).replace(' ', '_'), h);
                }
            }
            for (String r : new java.util.TreeSet<>(required)) {
                if (!columns.containsKey(r)) {
                    throw InputException.at(name, 1, r, "missing column (the header needs " + String.join(", ", new java.util.TreeSet<>(required)) + ")");
                }
            }
            var it = parser.iterator();
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException e) {
                    throw InputException.at(name, parser.getCurrentLineNumber(), null, "cannot be read past here: " + message(e.getCause()));
                }
                // the parser stands on the record's last line; a quoted value may span several lines
                reader.recordDone();
                long line = parser.getCurrentLineNumber() - embeddedLineBreaks(rec);
                if (out.size() >= MAX_ROWS) {
                    throw InputException.at(name, line, null, "more than " + MAX_ROWS + " rows");
                }
                Map<String, String> values = new TreeMap<>();
                for (Map.Entry<String, String> c : columns.entrySet()) {
                    String v = rec.isSet(c.getValue()) ? rec.get(c.getValue()) : "";
                    if (v.length() > MAX_FIELD_CHARS) {
                        throw InputException.at(name, line, c.getKey(), "a cell longer than " + MAX_FIELD_CHARS + " characters");
                    }
                    values.put(c.getKey(), v);
                }
                if (values.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                try {
                    out.add(mapper.map(new Row(name, line, values)));
                } catch (RowException e) {
                    log.skipped(name, "line " + line + (e.column == null ? "" : ": column " + e.column), e.getMessage());
                }
            }
        } catch (UncheckedIOException e) {
            throw new InputException(name + ": cannot be read: " + message(e.getCause()));
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read: " + message(e));
        }
        return out;
    }

    /** The parser after the header; a header that names one column twice cannot be read (commons-csv refuses it). */
    private static CSVParser open(StrictUtf8Reader reader, String name) throws IOException, InputException {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                    .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(true)
                    .setCommentMarker('#').build().parse(reader);
        } catch (IllegalArgumentException e) {
            throw InputException.at(name, 1, null, "the header cannot be used: " + e.getMessage());
        }
    }

    private static long embeddedLineBreaks(CSVRecord rec) {
        long n = 0;
        for (String v : rec) {
            n += v.chars().filter(c -> c == '\n').count();
        }
        return n;
    }

    private static String message(Throwable e) {
        if (e instanceof StrictUtf8Reader.EncodingError enc) {
            return "not valid UTF-8 text at byte " + enc.byteOffset();
        }
        if (e instanceof StrictUtf8Reader.TooLong) {
            return "a row longer than " + MAX_RECORD_CHARS + " characters (an unclosed quote?)";
        }
        return e == null ? "unknown error" : e.getMessage();
    }

    private String relative(Path file) {
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(root) ? root.relativize(f) : f).toString().replace('\\', '/');
    }
}
