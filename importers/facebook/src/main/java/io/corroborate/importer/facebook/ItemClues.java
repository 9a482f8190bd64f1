package io.corroborate.importer.facebook;

import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Adds clues to an item with unique ids: {@code <item>/<kind>} for the first of a kind, {@code <item>/<kind>/<n>} after. */
final class ItemClues {
    private final String itemId;
    private final EvidenceItem.Builder builder;
    private final Map<String, Integer> perKind = new HashMap<>();

    ItemClues(String itemId, EvidenceItem.Builder builder) {
        this.itemId = itemId;
        this.builder = builder;
    }

    void add(String kind, String value, Duration tolerance, String note) {
        int n = perKind.merge(kind, 1, Integer::sum);
        String id = n == 1 ? itemId + "/" + kind : itemId + "/" + kind + "/" + n;
        builder.clue(new Clue(id, itemId, kind, value, tolerance, note, FacebookImporter.ID));
    }
}
