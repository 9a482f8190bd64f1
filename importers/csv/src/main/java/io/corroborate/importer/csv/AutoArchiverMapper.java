package io.corroborate.importer.csv;

import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.spi.ImportException;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bellingcat's auto-archiver Google Sheet, downloaded as CSV ({@code gsheet_feeder_db}). Column names are
 * auto-archiver's defaults, renameable with the options named after its own {@code columns} keys
 * ({@code url-column}, {@code status-column}, {@code archive-column}, {@code date-column},
 * {@code thumbnail-column}, {@code timestamp-column}, {@code title-column}, {@code text-column},
 * {@code screenshot-column}, {@code hash-column}, {@code wacz-column}).
 *
 * <p>The {@code thumbnail} cell is an {@code =IMAGE("…")} formula: only its URL is taken, nothing is
 * evaluated. {@code upload timestamp} is labelled UTC by auto-archiver without converting what the platform
 * gave, so its clue carries a warning note.
 */
final class AutoArchiverMapper implements RowMapper {
    static final String TIMESTAMP_CAVEAT = "warning: auto-archiver labels the upload timestamp UTC without converting it; "
            + "if the platform gave a local time the true time is off by that zone's offset";
    private static final Pattern IMAGE = Pattern.compile("=\\s*IMAGE\\s*\\(\\s*\"([^\"]*)\".*\\)\\s*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Map<String, String> columns = new TreeMap<>();
    private final ItemKind kind;
    private final Times utc = Times.isoUtc();
    private boolean caveatGiven;

    AutoArchiverMapper(Options o, ItemKind kind) {
        this.kind = kind;
        column(o, "url", "link");
        column(o, "status", "archive status");
        column(o, "archive", "archive location");
        column(o, "date", "archive date");
        column(o, "thumbnail", "thumbnail");
        column(o, "timestamp", "upload timestamp");
        column(o, "title", "upload title");
        column(o, "text", "text content");
        column(o, "screenshot", "screenshot");
        column(o, "hash", "hash");
        column(o, "wacz", "wacz");
    }

    private void column(Options o, String key, String fallback) {
        columns.put(key, o.column(key + "-column", CsvRows.normalise(fallback)));
    }

    @Override
    public String describe() {
        return "auto-archiver sheet";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(columns.get("url"));
    }

    @Override
    public void check(CsvRows rows, FileScope scope) throws ImportException {
        RowMapper.super.check(rows, scope);
        caveatGiven = false;
    }

    @Override
    public EvidenceItem map(CsvRows.Row row, FileScope scope) throws InvalidRecord {
        String link = cell(row, "url");
        if (link.isEmpty()) {
            throw new InvalidRecord("the " + columns.get("url") + " column is empty");
        }
        UrlIds.Ref ref = UrlIds.of(link).orElseThrow(() -> new InvalidRecord(columns.get("url") + " '" + Cells.shorten(link) + "' is not an http(s) URL"));
        EvidenceItem.Builder b = EvidenceItem.builder(ref.id(), ref.platform(), kind)
                .url(link)
                .link(link)
                .title(row.get(columns.get("title")))
                .text(row.get(columns.get("text")))
                .provenance(scope.provenance(row.locator()));
        ClueList clues = new ClueList(ref.id());
        String upload = cell(row, "timestamp");
        if (!upload.isEmpty()) {
            Times.Stamp s = utc.parse(upload, columns.get("timestamp"));
            if (s.isInstant()) {
                b.publishedAt(s.start());
            }
            clues.add(ClueKinds.PUBLISHED, s.value(), null, TIMESTAMP_CAVEAT);
            if (!caveatGiven) {
                caveatGiven = true;
                scope.warn(row.locator(), TIMESTAMP_CAVEAT + " (said once per file)");
            }
        }
        String archived = cell(row, "date");
        if (!archived.isEmpty()) {
            Times.Stamp s = utc.parse(archived, columns.get("date"));
            clues.add(ClueKinds.NOT_AFTER, (s.isInstant() ? s.start() : s.end()).toString(), null,
                    "archived by auto-archiver then (archive date; UTC when it has no zone): the post existed by that time");
        }
        String sha = null;
        String hash = cell(row, "hash");
        if (!hash.isEmpty()) {
            sha = Cells.sha256(hash);
            if (sha == null && hash.toLowerCase(java.util.Locale.ROOT).startsWith("sha-256:")) {
                scope.warn(row.locator(), "hash '" + Cells.shorten(hash) + "' is not a SHA-256 digest; ignored");
            }
        }
        List<String> archives = urls(cell(row, "archive"));
        for (int i = 0; i < archives.size(); i++) {
            MediaRef m = MediaRef.of("archive").withUrl(archives.get(i));
            // auto-archiver hashes its final media: the first archive location
            b.media(i == 0 && sha != null ? m.withSha256(sha) : m);
        }
        if (archives.isEmpty() && sha != null) {
            b.media(MediaRef.of("archive").withSha256(sha));
        }
        String thumbnail = thumbnail(cell(row, "thumbnail"));
        if (thumbnail != null) {
            b.media(MediaRef.of("thumbnail").withUrl(thumbnail));
        }
        urls(cell(row, "screenshot")).forEach(u -> b.media(MediaRef.of("screenshot").withUrl(u)));
        urls(cell(row, "wacz")).forEach(u -> b.media(MediaRef.of("wacz").withUrl(u)));
        clues.all().forEach(b::clue);
        return b.build();
    }

    /** The URL inside {@code =IMAGE("url")} (or a bare URL); the formula is never evaluated. */
    static String thumbnail(String cell) {
        Matcher m = IMAGE.matcher(cell);
        String url = m.matches() ? m.group(1).strip() : cell.strip();
        return Cells.webUrl(url) ? url : null;
    }

    /** http(s) URLs of a cell holding one per line (auto-archiver joins several with newlines). */
    private static List<String> urls(String cell) {
        return Cells.split(cell, "[\\r\\n]+").stream().filter(Cells::webUrl).toList();
    }

    private String cell(CsvRows.Row row, String key) {
        return row.get(columns.get(key)).strip();
    }
}
