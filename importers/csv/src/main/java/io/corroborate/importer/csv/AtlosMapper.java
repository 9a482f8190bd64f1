package io.corroborate.importer.csv;

import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.Platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atlos's CSV export ({@code ExportController.create_csv_export}): {@code slug}, {@code inserted_at} and
 * {@code updated_at} (Ecto naive timestamps, written in UTC without a zone), {@code latitude},
 * {@code longitude}, the attribute columns ({@code status}, {@code description}, {@code sensitive},
 * {@code date}, {@code tags}…, multi-values joined with ", ") and {@code source_1..N} (the incident's
 * source URLs).
 */
final class AtlosMapper implements RowMapper {
    private static final Pattern SOURCE = Pattern.compile("source_(\\d{1,4})");
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    /** Columns read for their meaning; every other non-empty column is an attribute kept in the title. */
    private static final Set<String> READ = Set.of("slug", "project", "inserted_at", "updated_at", "latitude", "longitude",
            "status", "description", "sensitive", "date", "tags");
    private final ItemKind kind;
    private final Times utc = Times.isoUtc();

    AtlosMapper(ItemKind kind) {
        this.kind = kind;
    }

    @Override
    public String describe() {
        return "Atlos CSV export";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("slug");
    }

    @Override
    public EvidenceItem map(CsvRows.Row row, FileScope scope) throws InvalidRecord {
        String slug = row.get("slug").strip();
        if (!SLUG.matcher(slug).matches()) {
            throw new InvalidRecord(slug.isEmpty() ? "slug is empty" : "slug '" + Cells.shorten(slug) + "' is not an Atlos slug");
        }
        String id = "atlos:" + slug;
        List<String> sources = sources(row);
        UrlIds.Ref first = sources.isEmpty() ? null : UrlIds.of(sources.get(0)).orElse(null);
        EvidenceItem.Builder b = EvidenceItem.builder(id, first == null ? Platform.OTHER : first.platform(), kind)
                .url(sources.isEmpty() ? null : sources.get(0))
                .title(title(slug, row))
                .text(row.get("description"))
                .provenance(scope.provenance(row.locator()));
        sources.forEach(b::link);
        ClueList clues = new ClueList(id);
        String inserted = row.get("inserted_at").strip();
        if (!inserted.isEmpty()) {
            Times.Stamp s = utc.parse(inserted, "inserted_at");
            if (!s.isInstant()) {
                throw new InvalidRecord("inserted_at '" + Cells.shorten(inserted) + "' has no time of day");
            }
            clues.add(ClueKinds.NOT_AFTER, s.value(), null, "added to Atlos then (inserted_at, UTC): the material existed by that time");
        }
        String date = row.get("date").strip();
        if (!date.isEmpty()) {
            try {
                clues.add(ClueKinds.DATE, LocalDate.parse(date).toString(), null, "the incident date entered in Atlos");
            } catch (DateTimeParseException e) {
                throw new InvalidRecord("date '" + Cells.shorten(date) + "' is not a date like 2022-01-05");
            }
        }
        String lat = row.get("latitude").strip();
        String lon = row.get("longitude").strip();
        if (!lat.isEmpty() || !lon.isEmpty()) {
            clues.add(ClueKinds.PLACE, CsvImporter.place(lat, lon), null, "Atlos geolocation");
        }
        if (row.get("sensitive").contains("Personal Information Visible")) {
            // the team marked the material as identifying someone: the public profile leaves its media out
            clues.add(ClueKinds.SENSITIVE, "media", null, "Atlos: Personal Information Visible");
        }
        clues.all().forEach(b::clue);
        return b.build();
    }

    /** The source_N URLs in N order (only http(s) URLs). */
    private static List<String> sources(CsvRows.Row row) {
        Map<Integer, String> byNumber = new TreeMap<>();
        for (Map.Entry<String, Integer> c : row.columns().entrySet()) {
            Matcher m = SOURCE.matcher(c.getKey());
            if (m.matches()) {
                String v = row.get(c.getKey()).strip();
                if (Cells.webUrl(v)) {
                    byNumber.put(Integer.parseInt(m.group(1)), v);
                }
            }
        }
        return new ArrayList<>(byNumber.values());
    }

    private static String title(String slug, CsvRows.Row row) {
        StringBuilder b = new StringBuilder("Atlos ").append(slug);
        String status = row.get("status").strip();
        String sensitive = row.get("sensitive").strip();
        String tags = row.get("tags").strip();
        if (!status.isEmpty()) {
            b.append(" · ").append(status);
        }
        if (!sensitive.isEmpty()) {
            b.append(" · ").append(sensitive);
        }
        if (!tags.isEmpty()) {
            b.append(" · tags: ").append(tags);
        }
        // the other attributes (type, equipment, impact, general location, the project's own...) in the file's order
        row.columns().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .filter(c -> !c.getKey().isEmpty() && !READ.contains(c.getKey()) && !SOURCE.matcher(c.getKey()).matches())
                .forEach(c -> {
                    String v = row.get(c.getKey()).strip();
                    if (!v.isEmpty()) {
                        b.append(" · ").append(c.getKey()).append(": ").append(v);
                    }
                });
        return b.toString();
    }
}
