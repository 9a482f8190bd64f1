package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Duration;

/**
 * One thing an analyst or an importer states about an item.
 *
 * <p>{@code id} is stable and names where the clue came from ({@code clues.csv:12} for a sheet row,
 * {@code <item id>/published} for an importer's clue), so findings can cite it. {@code kind} is one of
 * {@link ClueKinds} or a plugin's own. {@code value}'s grammar depends on the kind: the analyst's
 * sheet holds local times of the case's zone; importers write ISO-8601 UTC instants
 * ({@code 2022-01-05T09:14:03Z}), an interval {@code start/end} when only a span is known (a yt-dlp
 * {@code upload_date}), or alternatives separated by {@code " | "} when the time is one of several
 * readings (a QuickTime date that is either UTC or local time). {@code tolerance} is the kind's
 * allowance (minutes for a clock, the minimum gap for before/after); {@code statedBy} is the analyst
 * or importer id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Clue(String id, String item, String kind, String value, Duration tolerance, String note, String statedBy) {
    public static final String ALTERNATIVES = " | ";

    public Clue {
        Text.requireText(id, "clue id");
        Text.requireText(item, "item of clue " + id);
        Text.requireText(kind, "kind of clue " + id);
        value = value == null ? "" : value.strip();
        if (tolerance != null && tolerance.isNegative()) {
            throw new IllegalArgumentException("clue " + id + " has a negative tolerance");
        }
        note = Text.blankToNull(note);
        statedBy = Text.blankToNull(statedBy);
    }

    /** A clue an importer derives from a record of its source. */
    public static Clue fromImporter(String itemId, String kind, String value, Duration tolerance, String importer, String note) {
        return new Clue(itemId + "/" + kind, itemId, kind, value, tolerance, note, importer);
    }

    public Clue withoutAnalyst() {
        return new Clue(id, item, kind, value, tolerance, note, null);
    }
}
