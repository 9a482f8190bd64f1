package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one investigation holds before analysis: its time zone (an IANA zone; historical
 * offsets come from the zone rules), area of interest and time range (either may be absent), the
 * imported items, the analysts' clues, the landmark gazetteer, the claims to test, what was imported
 * from where, and free-form kebab-case settings from {@code case.yaml} (e.g. {@code incident-max-gap}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Case(String name, ZoneId zone, Area area, TimeWindow timeRange, List<EvidenceItem> items, List<Clue> clues,
                   List<Landmark> landmarks, List<Claim> claims, List<SourceSummary> sources, Map<String, String> settings) {
    public Case {
        Text.requireText(name, "case name");
        if (zone == null) {
            throw new IllegalArgumentException("case " + name + " has no time zone");
        }
        items = Text.list(items);
        clues = Text.list(clues);
        landmarks = Text.list(landmarks);
        claims = Text.list(claims);
        sources = Text.list(sources);
        settings = Text.sortedMap(settings);
        var seen = new java.util.HashSet<String>();
        for (EvidenceItem i : items) {
            if (!seen.add(i.id())) {
                throw new IllegalArgumentException("two items have the id " + i.id());
            }
        }
    }

    /** Items by id, in the case's order. */
    public Map<String, EvidenceItem> itemsById() {
        Map<String, EvidenceItem> m = new LinkedHashMap<>();
        items.forEach(i -> m.put(i.id(), i));
        return m;
    }

    public Optional<EvidenceItem> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The analysts' clues followed by the clues the importers attached to items. */
    public List<Clue> allClues() {
        List<Clue> all = new ArrayList<>(clues);
        items.forEach(i -> all.addAll(i.clues()));
        return all;
    }

    public Gazetteer gazetteer() {
        return new Gazetteer(landmarks);
    }

    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }

    public Case withItems(List<EvidenceItem> newItems) {
        return new Case(name, zone, area, timeRange, newItems, clues, landmarks, claims, sources, settings);
    }

    public Case withClues(List<Clue> newClues) {
        return new Case(name, zone, area, timeRange, items, newClues, landmarks, claims, sources, settings);
    }
}
