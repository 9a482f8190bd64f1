package io.corroborate.importer.csv;

import io.corroborate.model.Author;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Any sheet, driven by a column mapping in the source options: {@code id-column}, {@code url-column},
 * {@code platform} or {@code platform-column}, {@code kind} or {@code kind-column}, {@code author-column},
 * {@code author-id-column}, {@code time-column} with {@code time-format}, {@code time-zone},
 * {@code time-kind} and {@code time-tolerance}, {@code text-column}, {@code title-column},
 * {@code lat-column} + {@code lon-column}, {@code sha256-column} (with {@code media-type}) and
 * {@code id-prefix}. See docs/importers/csv.md.
 */
final class GenericMapper implements RowMapper {
    private static final Set<String> TIME_KINDS = Set.of(ClueKinds.PUBLISHED, ClueKinds.METADATA, ClueKinds.EDITED,
            ClueKinds.NOT_BEFORE, ClueKinds.NOT_AFTER);

    private final String idColumn;
    private final String idPrefix;
    private final String urlColumn;
    private final Platform platform;
    private final String platformColumn;
    private final ItemKind kind;
    private final String kindColumn;
    private final String authorColumn;
    private final String authorIdColumn;
    private final String timeColumn;
    private final Times times;
    private final String timeFormat;
    private final String timeKind;
    private final Duration timeTolerance;
    private final String textColumn;
    private final String titleColumn;
    private final String latColumn;
    private final String lonColumn;
    private final String sha256Column;
    private final String mediaType;

    GenericMapper(Options o, ImportContext context) throws ImportException {
        idColumn = o.column("id-column", null);
        urlColumn = o.column("url-column", null);
        if (idColumn == null && urlColumn == null) {
            throw o.missing("id-column", "a column mapping needs id-column or url-column (or a preset: 4cat-telegram, 4cat-twitter, atlos, auto-archiver)");
        }
        idPrefix = o.get("id-prefix").orElse(null);
        if (idPrefix != null && !idPrefix.matches("[a-z0-9][a-z0-9._-]{0,40}")) {
            throw o.bad("id-prefix", "a short lower-case prefix such as telegram or mysheet");
        }
        platform = o.get("platform").isPresent() ? platform(o) : null;
        platformColumn = o.column("platform-column", null);
        kind = o.get("kind").isPresent() ? kind(o) : null;
        kindColumn = o.column("kind-column", null);
        authorColumn = o.column("author-column", null);
        authorIdColumn = o.column("author-id-column", null);
        timeColumn = o.column("time-column", null);
        timeFormat = o.get("time-format", "iso");
        ZoneId zone = CsvImporter.zoneOption(o, context);
        try {
            times = Times.of(timeFormat, zone, ": set the option time-zone or the source's timezone");
        } catch (IllegalArgumentException e) {
            throw o.bad("time-format", "iso, epoch, epoch-millis or a date-time pattern such as dd.MM.yyyy HH:mm");
        }
        timeKind = o.get("time-kind", ClueKinds.PUBLISHED).toLowerCase(Locale.ROOT);
        if (!TIME_KINDS.contains(timeKind)) {
            throw o.bad("time-kind", "one of published, metadata, edited, not-before, not-after");
        }
        String tol = o.get("time-tolerance").orElse(null);
        timeTolerance = tol == null ? null : CsvImporter.duration(tol);
        if (tol != null && timeTolerance == null) {
            throw o.bad("time-tolerance", "a duration such as 1m or 1h");
        }
        textColumn = o.column("text-column", null);
        titleColumn = o.column("title-column", null);
        latColumn = o.column("lat-column", null);
        lonColumn = o.column("lon-column", null);
        if ((latColumn == null) != (lonColumn == null)) {
            throw o.missing(latColumn == null ? "lat-column" : "lon-column", "lat-column and lon-column go together");
        }
        sha256Column = o.column("sha256-column", null);
        mediaType = o.get("media-type").orElse(null);
    }

    private static Platform platform(Options o) throws ImportException {
        try {
            return Platform.fromId(o.get("platform", ""));
        } catch (IllegalArgumentException e) {
            throw o.bad("platform", "a platform id (telegram, twitter, facebook, youtube, press, witness, direct, government, other)");
        }
    }

    private static ItemKind kind(Options o) throws ImportException {
        try {
            return ItemKind.fromId(o.get("kind", ""));
        } catch (IllegalArgumentException e) {
            throw o.bad("kind", "an item kind (video, photo, text, article, statement)");
        }
    }

    @Override
    public String describe() {
        return "sheet with the configured columns";
    }

    @Override
    public List<String> requiredColumns() {
        List<String> c = new ArrayList<>();
        for (String s : new String[] {idColumn, urlColumn, platformColumn, kindColumn, authorColumn, authorIdColumn, timeColumn,
                textColumn, titleColumn, latColumn, lonColumn, sha256Column}) {
            if (s != null && !c.contains(s)) {
                c.add(s);
            }
        }
        return c;
    }

    @Override
    public EvidenceItem map(CsvRows.Row row, FileScope scope) throws InvalidRecord {
        String url = cell(row, urlColumn);
        UrlIds.Ref ref = null;
        if (!url.isEmpty()) {
            ref = UrlIds.of(url).orElseThrow(() -> new InvalidRecord(urlColumn + " '" + Cells.shorten(url) + "' is not an http(s) URL"));
        }
        Platform p = platform != null ? platform : platformColumn != null ? rowPlatform(row) : ref != null ? ref.platform() : Platform.OTHER;
        String id = id(row, p, ref);
        ItemKind k = kind != null ? kind : kindColumn != null ? rowKind(row) : ItemKind.TEXT;
        EvidenceItem.Builder b = EvidenceItem.builder(id, p, k).url(url).link(url).provenance(scope.provenance(row.locator()));
        String name = cell(row, authorColumn);
        String authorId = cell(row, authorIdColumn);
        if (!name.isEmpty() || !authorId.isEmpty()) {
            b.author(new Author(authorId, name));
        }
        // text and title are data: kept exactly as the cell holds them
        b.text(raw(row, textColumn)).title(raw(row, titleColumn));
        ClueList clues = new ClueList(id);
        time(row, b, clues);
        place(row, clues);
        String sha = cell(row, sha256Column);
        if (!sha.isEmpty()) {
            String hex = Cells.sha256(sha);
            if (hex == null) {
                throw new InvalidRecord(sha256Column + " '" + Cells.shorten(sha) + "' is not a SHA-256 digest (64 hex digits)");
            }
            b.media(MediaRef.of(mediaType != null ? mediaType : k == ItemKind.VIDEO || k == ItemKind.PHOTO ? k.id() : "file").withSha256(hex));
        }
        clues.all().forEach(b::clue);
        return b.build();
    }

    private String id(CsvRows.Row row, Platform p, UrlIds.Ref ref) throws InvalidRecord {
        if (idColumn == null) {
            if (ref == null) {
                throw new InvalidRecord("no id: the " + urlColumn + " column is empty");
            }
            return ref.id();
        }
        String v = row.get(idColumn).strip();
        if (v.isEmpty()) {
            throw new InvalidRecord("no id: the " + idColumn + " column is empty");
        }
        if (!Cells.plainId(v)) {
            throw new InvalidRecord(idColumn + " '" + Cells.shorten(v) + "' is not an id (no spaces, at most 300 characters)");
        }
        String prefix = idPrefix != null ? idPrefix : p.id();
        return v.startsWith(prefix + ":") ? v : prefix + ":" + v;
    }

    private Platform rowPlatform(CsvRows.Row row) throws InvalidRecord {
        String v = row.get(platformColumn).strip();
        if (v.isEmpty()) {
            return Platform.OTHER;
        }
        try {
            return Platform.fromId(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidRecord(platformColumn + " '" + Cells.shorten(v) + "' is not a platform id");
        }
    }

    private ItemKind rowKind(CsvRows.Row row) throws InvalidRecord {
        String v = row.get(kindColumn).strip();
        if (v.isEmpty()) {
            return ItemKind.TEXT;
        }
        try {
            return ItemKind.fromId(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidRecord(kindColumn + " '" + Cells.shorten(v) + "' is not an item kind (video, photo, text, article, statement)");
        }
    }

    private void time(CsvRows.Row row, EvidenceItem.Builder b, ClueList clues) throws InvalidRecord {
        String v = cell(row, timeColumn);
        if (v.isEmpty()) {
            return;
        }
        Times.Stamp s = times.parse(v, timeColumn);
        String note = "column " + timeColumn + " (" + timeFormat + ")" + (s.note() == null ? "" : "; " + s.note());
        String value = switch (timeKind) {
            case ClueKinds.NOT_BEFORE -> s.start().toString();
            case ClueKinds.NOT_AFTER -> (s.isInstant() ? s.start() : s.end()).toString();
            case ClueKinds.PUBLISHED -> s.value();
            default -> {
                if (!s.isInstant()) {
                    throw new InvalidRecord(timeColumn + " '" + Cells.shorten(v) + "' has no time of day, which a " + timeKind + " time needs");
                }
                yield s.value();
            }
        };
        clues.add(timeKind, value, timeTolerance, note);
        if (s.isInstant() && timeKind.equals(ClueKinds.PUBLISHED)) {
            b.publishedAt(s.start());
        } else if (timeKind.equals(ClueKinds.EDITED)) {
            b.editedAt(s.start());
        }
    }

    private void place(CsvRows.Row row, ClueList clues) throws InvalidRecord {
        String lat = cell(row, latColumn);
        String lon = cell(row, lonColumn);
        if (lat.isEmpty() && lon.isEmpty()) {
            return;
        }
        clues.add(ClueKinds.PLACE, CsvImporter.place(lat, lon), null, "columns " + latColumn + ", " + lonColumn);
    }

    private static String raw(CsvRows.Row row, String column) {
        return column == null ? "" : row.get(column);
    }

    private static String cell(CsvRows.Row row, String column) {
        return column == null ? "" : row.get(column).strip();
    }
}
