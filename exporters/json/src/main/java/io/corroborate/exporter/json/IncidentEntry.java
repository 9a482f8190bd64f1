package io.corroborate.exporter.json;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Incident;
import io.corroborate.model.RepostGroup;

import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        return new IncidentEntry(incident, incident.distinctVideos(items, repostGroups), incident.items().size());
    }
}
