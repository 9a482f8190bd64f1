package io.corroborate.importer.csv;

import io.corroborate.model.Clue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The clues of one item, numbered per kind: {@code <item>/<kind>}, then {@code <item>/<kind>/2}... */
final class ClueList {
    private final String item;
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<Clue> clues = new ArrayList<>();

    ClueList(String item) {
        this.item = item;
    }

    void add(String kind, String value, Duration tolerance, String note) {
        int n = counts.merge(kind, 1, Integer::sum);
        clues.add(new Clue(item + "/" + kind + (n == 1 ? "" : "/" + n), item, kind, value, tolerance, note, CsvImporter.ID));
    }

    List<Clue> all() {
        return List.copyOf(clues);
    }
}
