package io.corroborate.importer.facebook;

import io.corroborate.spi.Utf8CheckingInputStream;
import io.corroborate.spi.MalformedUtf8Exception;
import io.corroborate.model.Author;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CrowdTangle posts CSV by header name (any column order, any case, a BOM accepted), one
 * record at a time.
 */
final class CrowdTangleCsv {
    /** Characters one record may span (with the parser's read-ahead). */
    static final long MAX_RECORD_CHARS = 20_000_000L;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setIgnoreEmptyLines(true)
            .build();
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})");

    private final ImportRun run;
    private final ImportContext context;

    CrowdTangleCsv(ImportRun run) {
        this.run = run;
        this.context = run.context;
    }

    void read(Path file) throws ImportException, IOException {
        String name = context.sourceName(file);
        InputStreamReader decoder = new InputStreamReader(new Utf8CheckingInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        BoundedReader reader = new BoundedReader(decoder, MAX_RECORD_CHARS);
        CSVParser parser;
        try {
            parser = FORMAT.parse(reader);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            reader.close();
            throw error(e, name, 1);
        }
        try (parser) {
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            if (!columns.containsKey("post created") && !(columns.containsKey("post created date") && columns.containsKey("post created time"))) {
                throw new ImportException(ImportException.Category.UNSUPPORTED, name, "line 1",
                        "not a CrowdTangle posts export: no 'Post Created' column (columns: " + String.join(", ", parser.getHeaderNames()) + ")");
            }
            long linesDone = parser.getCurrentLineNumber();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long startLine = linesDone + 1;
                reader.newRecord();
                CSVRecord rec;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    rec = records.next();
                } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                    throw error(e, name, startLine);
                }
                linesDone = parser.getCurrentLineNumber();
                String locator = "line " + startLine;
                EvidenceItem item;
                try {
                    item = row(new Row(rec, columns), locator, file);
                } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
                    context.skipped(file, locator, e.getMessage());
                    continue;
                }
                run.emit(item);
            }
        } catch (ImportRun.SinkFailure e) {
            throw e.getCause();
        }
    }

    /** Lower-case, stripped header name → first column index with that name. */
    private static Map<String, Integer> columns(List<String> headers) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            if (h != null) {
                m.putIfAbsent(h.strip().toLowerCase(Locale.ROOT), i);
            }
        }
        return m;
    }

    private ImportException error(Exception e, String name, long line) throws IOException {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (cause instanceof MalformedUtf8Exception m) {
            return new ImportException(ImportException.Category.ENCODING, name, "byte " + m.byteOffset(),
                    m.getMessage() + " (in the record starting at line " + line + ")", e);
        }
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return new ImportException(ImportException.Category.ENCODING, name, "line " + line, "not UTF-8 text: " + cause, e);
        }
        if (cause instanceof BoundedReader.TooLong) {
            return new ImportException(ImportException.Category.LIMIT, name, "line " + line,
                    "the record starting at line " + line + " is longer than " + MAX_RECORD_CHARS + " characters (an unclosed quote?)", e);
        }
        if (cause instanceof CSVException || cause instanceof RuntimeException) {
            String m = String.valueOf(cause.getMessage());
            String reason = m.contains("EOF reached before encapsulated token finished")
                    ? "unclosed quote: the record starting at line " + line + " runs to the end of the file"
                    : "broken CSV in the record starting at line " + line + ": " + m;
            return new ImportException(ImportException.Category.MALFORMED, name, "line " + line, reason, e);
        }
        if (cause instanceof IOException io) {
            throw io;
        }
        return new ImportException(ImportException.Category.MALFORMED, name, "line " + line, String.valueOf(cause), e);
    }

    /** One record read by column name; absent columns and blank cells are {@code null}. */
    private record Row(CSVRecord rec, Map<String, Integer> columns) {
        /** The cell stripped of surrounding white space. */
        String get(String column) {
            String v = raw(column);
            return v == null ? null : v.strip();
        }

        /** The cell exactly as written (free text is data, kept verbatim). */
        String raw(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= rec.size()) {
                return null;
            }
            String v = rec.get(i);
            return v == null || v.isBlank() ? null : v;
        }
    }

    private EvidenceItem row(Row r, String locator, Path file) {
        String created = r.get("post created");
        if (created == null && r.get("post created date") != null && r.get("post created time") != null) {
            created = r.get("post created date") + " " + r.get("post created time");
        }
        if (created == null) {
            throw new IllegalArgumentException("no Post Created");
        }
        PostCreated.Time time = PostCreated.parse(created, context.sourceZone());
        String facebookId = r.get("facebook id");
        String userName = r.get("user name");
        String pageName = r.get("page name");
        String authorKey = Values.idPart(facebookId != null ? facebookId : userName != null ? userName : pageName);
        if (authorKey == null) {
            throw new IllegalArgumentException("no Facebook Id, User Name or Page Name");
        }
        String itemId = run.itemId(authorKey, time.start().getEpochSecond());
        String type = r.get("type");
        ItemKind kind = kind(type);
        EvidenceItem.Builder b = EvidenceItem.builder(itemId, Platform.FACEBOOK, kind)
                .author(new Author(facebookId != null ? facebookId : userName, pageName != null ? pageName : userName))
                .text(r.raw("message"))
                .provenance(context.provenance(FacebookImporter.ID, file, locator));
        if (time.exact()) {
            b.publishedAt(time.start());
        }
        ItemClues clues = new ItemClues(itemId, b);
        clues.add(ClueKinds.PUBLISHED, time.clueValue(), null, "CrowdTangle Post Created '" + created + "'"
                + (time.exact() ? "" : ": a local time that occurs twice in " + context.sourceZone().map(Object::toString).orElse("the zone")));
        String url = r.get("url");
        if (Values.isWebUrl(url)) {
            b.url(url);
        } else if (url != null) {
            context.warn(file, locator, "URL '" + url + "' is not an http(s) URL; left out");
        }
        for (String column : List.of("link", "final link")) {
            String link = r.get(column);
            if (Values.isWebUrl(link)) {
                b.link(link);
            } else if (link != null) {
                context.warn(file, locator, column + " '" + link + "' is not an http(s) URL; left out");
            }
        }
        if (kind == ItemKind.VIDEO) {
            b.media(MediaRef.of("video").withDurationSeconds(seconds(r.get("video length"), file, locator)).withExported(false));
        } else if (kind == ItemKind.PHOTO) {
            b.media(MediaRef.of("photo").withExported(false));
        }
        return b.build();
    }

    /** Native Video, Live Video (Complete, Scheduled), Video, IGTV → video; Photo, Album → photo; the rest (Status, Link, YouTube...) → text. */
    static ItemKind kind(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.contains("video") || t.equals("igtv")) {
            return ItemKind.VIDEO;
        }
        if (t.equals("photo") || t.equals("album")) {
            return ItemKind.PHOTO;
        }
        return ItemKind.TEXT;
    }

    /** {@code 00:01:23} or {@code 01:23} in seconds; {@code N/A} and blanks are unknown. */
    private Double seconds(String length, Path file, String locator) {
        if (length == null || length.equalsIgnoreCase("N/A")) {
            return null;
        }
        Matcher m = CLOCK.matcher(length);
        if (!m.matches() || Integer.parseInt(m.group(3)) > 59) {
            context.warn(file, locator, "Video Length '" + length + "' is not a duration; left out");
            return null;
        }
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return (double) (h * 3600 + Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3)));
    }
}
