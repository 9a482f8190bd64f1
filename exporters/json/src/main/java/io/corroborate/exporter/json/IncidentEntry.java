package io.corroborate.exporter.json;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Incident;
import io.corroborate.model.ItemKind;
import io.corroborate.model.RepostGroup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An incident as {@code case.json} writes it: the model's fields, then {@code videoCount} (distinct
 * recordings: the incident's items of kind video, the members of one repost group counted once) and
 * {@code itemCount} (every item, re-uploads and statements included), the two figures a report quotes.
 */
public record IncidentEntry(@JsonUnwrapped Incident incident, int videoCount, int itemCount) {
    public IncidentEntry {
        Objects.requireNonNull(incident, "incident is null");
    }

    /** The entry of {@code incident}, counting its videos with the case's items and repost groups. */
    public static IncidentEntry of(Incident incident, Map<String, EvidenceItem> items, List<RepostGroup> repostGroups) {
        return new IncidentEntry(incident, distinctVideos(incident, items, repostGroups), incident.items().size());
    }

    /** Items of kind video, each repost group once; a video in no group is a recording of its own. */
    static int distinctVideos(Incident incident, Map<String, EvidenceItem> items, List<RepostGroup> repostGroups) {
        Map<String, String> groupOf = new HashMap<>();
        for (RepostGroup g : repostGroups) {
            g.members().forEach(m -> groupOf.putIfAbsent(m, "group " + g.id()));
        }
        Set<String> recordings = new HashSet<>();
        for (String id : incident.items()) {
            EvidenceItem item = items.get(id);
            if (item != null && item.kind() == ItemKind.VIDEO) {
                recordings.add(groupOf.getOrDefault(id, "item " + id));
            }
        }
        return recordings.size();
    }
}
