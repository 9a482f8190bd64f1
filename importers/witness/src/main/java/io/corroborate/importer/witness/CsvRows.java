package io.corroborate.importer.witness;

import io.corroborate.spi.StrictUtf8Reader;
import io.corroborate.spi.ImportException;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Streams the rows of a CSV file whose first row names the columns. Column names are matched
 * case-insensitively after trimming, with spaces, hyphens and underscores treated alike. Guards against
 * hostile files: strict UTF-8 (BOM accepted), a limit on each value and on each record, and errors that
 * name the line. Owns and closes the file.
 */
final class CsvRows implements Closeable {
    /** Size limits, in characters. */
    record Limits(int maxValueChars, long maxRecordChars) {
        static final Limits DEFAULT = new Limits(1_000_000, 4_000_000);

        Limits {
            if (maxValueChars < 1 || maxRecordChars < 1) {
                throw new IllegalArgumentException("CSV limits must be positive");
            }
        }
    }

    /** One data row: its first physical line (1-based, the header is line 1) and its values by column. */
    record Row(long line, List<String> values, Map<String, Integer> columns) {
        /** The value of a column, or "" when the column or the value is absent. */
        String get(String column) {
            Integer i = columns.get(normalise(column));
            return i == null || i >= values.size() ? "" : values.get(i);
        }

        boolean isBlank() {
            return values.stream().allMatch(String::isBlank);
        }

        String locator() {
            return "line " + line;
        }
    }

    private final String name;
    private final Limits limits;
    private final StrictUtf8Reader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns;
    private final List<String> headers;
    private long lastLine;

    private CsvRows(Path file, String name, char delimiter, Limits limits) throws ImportException, IOException {
        this.name = name;
        this.limits = limits;
        try {
            reader = new StrictUtf8Reader(Files.newInputStream(file), limits.maxRecordChars());
        } catch (NoSuchFileException e) {
            throw new ImportException(ImportException.Category.UNREADABLE, name, null, "file not found");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).build();
        CSVParser p = null;
        try {
            p = new CSVParser(reader, format);
            parser = p;
            records = p.iterator();
            Row header = nextRow(Map.of());
            if (header == null) {
                throw new ImportException(ImportException.Category.MALFORMED, name, "line 1", "the file is empty: expected a header row naming the columns");
            }
            Map<String, Integer> cols = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < header.values().size(); i++) {
                String n = normalise(header.values().get(i));
                names.add(n);
                if (!n.isEmpty()) {
                    cols.putIfAbsent(n, i);
                }
            }
            columns = Collections.unmodifiableMap(cols);
            headers = List.copyOf(names);
        } catch (ImportException | IOException | RuntimeException e) {
            if (p != null) {
                p.close();
            } else {
                reader.close();
            }
            throw e;
        }
    }

    /** Opens {@code file} and reads its header row. */
    static CsvRows open(Path file, String name, char delimiter, Limits limits) throws ImportException, IOException {
        Objects.requireNonNull(file, "file is null");
        return new CsvRows(file, name, delimiter, limits);
    }

    /** A column name as matched: trimmed, lower-case, runs of spaces, hyphens and underscores as one '_'. */
    static String normalise(String column) {
        return column.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
    }

    /** Normalised column names in file order ("" for unnamed columns). */
    List<String> headers() {
        return headers;
    }

    boolean hasColumn(String column) {
        return columns.containsKey(normalise(column));
    }

    /** The next data row, or {@code null} at the end of the file. */
    Row next() throws ImportException, IOException {
        return nextRow(columns);
    }

    private Row nextRow(Map<String, Integer> cols) throws ImportException, IOException {
        long start = lastLine + 1;
        CSVRecord r;
        try {
            if (!records.hasNext()) {
                return null;
            }
            r = records.next();
        } catch (UncheckedIOException e) {
            throw translate(e.getCause(), start);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ImportException(ImportException.Category.MALFORMED, name, "line " + start, "unreadable CSV: " + e.getMessage(), e);
        }
        // the parser counts line breaks read so far; a last record without a final break has none of its own
        long line = Math.max(start, parser.getCurrentLineNumber() - countLineBreaks(r));
        lastLine = parser.getCurrentLineNumber();
        reader.recordDone();
        List<String> values = r.toList();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).length() > limits.maxValueChars()) {
                List<String> names = headers == null ? List.of() : headers;
                String column = i < names.size() && !names.get(i).isEmpty() ? "column '" + names.get(i) + "'" : "column " + (i + 1);
                throw new ImportException(ImportException.Category.LIMIT, name, "line " + line,
                        column + " holds " + values.get(i).length() + " characters, more than the limit of " + limits.maxValueChars());
            }
        }
        return new Row(line, values, cols);
    }

    private static long countLineBreaks(CSVRecord r) {
        long n = 0;
        for (String v : r) {
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) == '\n') {
                    n++;
                }
            }
        }
        return n;
    }

    private ImportException translate(Throwable cause, long line) throws IOException {
        if (cause instanceof StrictUtf8Reader.EncodingError e) {
            return new ImportException(ImportException.Category.ENCODING, name, "line " + e.line() + ", byte " + e.byteOffset(),
                    "invalid UTF-8: save the file as UTF-8 (rows before this point were read)");
        }
        if (cause instanceof StrictUtf8Reader.TooLong e) {
            return new ImportException(ImportException.Category.LIMIT, name, "line " + line,
                    "a record longer than " + e.limit() + " characters (rows before it were read)");
        }
        if (cause instanceof CSVException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("EOF reached before encapsulated token finished")) {
                return new ImportException(ImportException.Category.TRUNCATED, name, "line " + line,
                        "a quoted value opened on this line is never closed: the file ends inside it (rows before it were read)", e);
            }
            return new ImportException(ImportException.Category.MALFORMED, name, "line " + line,
                    "broken CSV quoting (" + m.replaceFirst("^\\(startline \\d+\\) ", "") + "); rows before it were read", e);
        }
        if (cause instanceof IOException e) {
            throw e;
        }
        return new ImportException(ImportException.Category.MALFORMED, name, "line " + line, "unreadable CSV: " + cause, cause);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
