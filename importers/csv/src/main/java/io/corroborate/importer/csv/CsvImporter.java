package io.corroborate.importer.csv;

import io.corroborate.model.Durations;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.ItemKind;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.SourceImporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Spreadsheets: a generic CSV importer driven by a column mapping in the source options, with presets for
 * the exports teams already have ({@code preset}: {@code 4cat-telegram}, {@code 4cat-twitter},
 * {@code atlos}, {@code auto-archiver}). Columns are read by header name. See docs/importers/csv.md.
 *
 * <p>The source is a CSV file or a folder of them ({@code *.csv}, {@code *.tsv}, in name order). The
 * importer opens and closes every file. A bad row is skipped through {@link ImportContext#skipped} with its
 * line; a broken file (invalid UTF-8, broken quoting, a value or row over the limits) keeps the rows before
 * the break and ends in an {@link ImportException} after the other files were read. A bad option is an
 * {@link ImportException} before anything is read. Stateless and thread-safe.
 */
public class CsvImporter implements SourceImporter {
    static final String ID = "csv";
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?\\d{1,3}(\\.\\d{1,15})?");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "CSV sheets by column mapping; presets 4cat-telegram, 4cat-twitter, atlos, auto-archiver";
    }

    @Override
    public void read(Path source, ImportContext context, Consumer<EvidenceItem> sink) throws ImportException, IOException {
        Path src = source.toAbsolutePath().normalize();
        String sourceName = context.sourceName(src);
        Options options = new Options(context.options(), sourceName);
        RowMapper mapper = mapper(options, context, sourceName);
        String delimiterOption = options.get("delimiter").orElse(null);
        CsvRows.Limits limits = new CsvRows.Limits((int) positive(options, "max-field-chars", CsvRows.Limits.DEFAULT.maxValueChars(), Integer.MAX_VALUE - 16),
                positive(options, "max-record-chars", CsvRows.Limits.DEFAULT.maxRecordChars(), Long.MAX_VALUE));
        Character delimiter = delimiterOption == null ? null : delimiter(options, delimiterOption);
        for (String key : options.unused()) {
            context.warn(src, "option " + key, "unknown option for this preset; ignored");
        }
        if (!Files.exists(src)) {
            throw new ImportException(ImportException.Category.UNREADABLE, sourceName, null, "no such file or folder");
        }
        List<Path> files = Files.isDirectory(src) ? sheets(src) : List.of(src);
        if (files.isEmpty()) {
            throw new ImportException(ImportException.Category.UNREADABLE, sourceName, null, "no .csv or .tsv files here");
        }
        SeenIds emitted = new SeenIds();
        ImportException first = null;
        for (Path f : files) {
            char d = delimiter != null ? delimiter : f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
            try {
                readFile(f, d, limits, mapper, context, emitted, sink);
            } catch (ImportException e) {
                // the other files are still read; the first failure is reported at the end
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void readFile(Path file, char delimiter, CsvRows.Limits limits, RowMapper mapper, ImportContext context,
                                 SeenIds emitted, Consumer<EvidenceItem> sink) throws ImportException, IOException {
        String name = context.sourceName(file);
        if (Files.isSymbolicLink(file)) {
            // a link may lead out of the case folder
            context.resolveInside(file.getParent(), file.getFileName().toString(), file, "file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(ImportException.Category.UNREADABLE, name, null, "not a file");
        }
        try {
            context.sourceSha256(file);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        FileScope scope = new FileScope(file, context);
        int fileIndex = emitted.file(name);
        try (CsvRows rows = CsvRows.open(file, name, delimiter, limits)) {
            mapper.check(rows, scope);
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                if (row.isBlank()) {
                    continue;
                }
                EvidenceItem item;
                try {
                    item = mapper.map(row, scope);
                } catch (InvalidRecord e) {
                    context.skipped(file, row.locator(), e.getMessage());
                    continue;
                }
                String firstAt = emitted.firstAt(item.id(), fileIndex, row.line());
                if (firstAt != null) {
                    context.skipped(file, row.locator(), item.id() + " is already imported from " + firstAt);
                    continue;
                }
                sink.accept(item);
            }
        } finally {
            mapper.finish(scope);
        }
    }

    private static RowMapper mapper(Options o, ImportContext context, String sourceName) throws ImportException {
        String preset = o.get("preset", "").toLowerCase(Locale.ROOT);
        return switch (preset) {
            case "" -> new GenericMapper(o, context);
            case "4cat-telegram" -> new FourCatTelegram();
            case "4cat-twitter" -> new FourCatTwitter();
            case "atlos" -> new AtlosMapper(kind(o));
            case "auto-archiver" -> new AutoArchiverMapper(o, kind(o));
            default -> throw new ImportException(ImportException.Category.UNSUPPORTED, sourceName, "option preset",
                    "unknown preset '" + Cells.shorten(preset) + "' (known: 4cat-telegram, 4cat-twitter, atlos, auto-archiver; none for a column mapping)");
        };
    }

    private static ItemKind kind(Options o) throws ImportException {
        try {
            return ItemKind.fromId(o.get("kind", "text"));
        } catch (IllegalArgumentException e) {
            throw o.bad("kind", "an item kind (video, photo, text, article, statement)");
        }
    }

    private static List<Path> sheets(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".csv") || n.endsWith(".tsv");
            }).sorted().toList();
        }
    }

    private static char delimiter(Options o, String d) throws ImportException {
        if (d.equalsIgnoreCase("tab") || d.equals("\\t") || d.equals("\t")) {
            return '\t';
        }
        if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r') {
            throw o.bad("delimiter", "one character such as , or ; or tab");
        }
        return d.charAt(0);
    }

    private static long positive(Options o, String key, long fallback, long max) throws ImportException {
        String v = o.get(key).orElse(null);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw o.bad(key, "a positive whole number");
    }

    /** The zone of zone-less times: option {@code time-zone}, else the source's timezone, else none. */
    static ZoneId zoneOption(Options o, ImportContext context) throws ImportException {
        String z = o.get("time-zone").orElse(null);
        if (z == null) {
            return context.sourceZone().orElse(null);
        }
        try {
            return ZoneId.of(z);
        } catch (DateTimeException e) {
            throw o.bad("time-zone", "a time zone such as Asia/Almaty or UTC");
        }
    }

    /** A duration such as 15m, or {@code null} when the text is not one (or is negative). */
    static Duration duration(String text) {
        try {
            Duration d = Durations.parse(text);
            return d.isNegative() ? null : d;
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** A {@code place} clue value from latitude and longitude cells, checked. */
    static String place(String lat, String lon) throws InvalidRecord {
        String a = lat.strip();
        String o = lon.strip();
        try {
            if (!DECIMAL.matcher(a).matches() || !DECIMAL.matcher(o).matches()) {
                throw new IllegalArgumentException("not decimal degrees");
            }
            new GeoPoint(Double.parseDouble(a), Double.parseDouble(o));
        } catch (IllegalArgumentException e) {
            throw new InvalidRecord("'" + Cells.shorten(a) + "', '" + Cells.shorten(o) + "' is not a latitude and longitude");
        }
        return a + "," + o;
    }
}
