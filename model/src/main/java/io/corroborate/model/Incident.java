package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Items grouped as one event: place, window, what was done, who was hurt. {@code window} is the span
 * of the items dated closely enough to say when the event happened; {@code itemsWindow} is the span of
 * every item's window (open on a side when any item's is), so it always contains each item's window.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Incident(String id, String title, Place place, TimeWindow window, TimeWindow itemsWindow, List<String> items,
                       List<Observation> observations, CasualtyCount casualties) {
    public Incident {
        Text.requireText(id, "incident id");
        items = Text.list(items);
        observations = Text.list(observations);
        window = window == null ? TimeWindow.UNBOUNDED : window;
        itemsWindow = itemsWindow == null ? window : itemsWindow;
        casualties = casualties == null ? CasualtyCount.NONE : casualties;
    }

    /** An incident whose items' windows span no more than its {@code window}. */
    public Incident(String id, String title, Place place, TimeWindow window, List<String> items,
                    List<Observation> observations, CasualtyCount casualties) {
        this(id, title, place, window, null, items, observations, casualties);
    }

    /**
     * Distinct recordings among the incident's items: its items of kind video, the members of one repost
     * group counted once (a video and its re-uploads are one recording); a video in no group counts alone.
     */
    public int distinctVideos(Map<String, EvidenceItem> itemsById, List<RepostGroup> repostGroups) {
        Map<String, String> groupOf = new HashMap<>();
        for (RepostGroup g : repostGroups) {
            g.members().forEach(m -> groupOf.putIfAbsent(m, "group " + g.id()));
        }
        Set<String> recordings = new HashSet<>();
        for (String id : items) {
            EvidenceItem item = itemsById.get(id);
            if (item != null && item.kind() == ItemKind.VIDEO) {
                recordings.add(groupOf.getOrDefault(id, "item " + id));
            }
        }
        return recordings.size();
    }

    public Incident withCasualties(CasualtyCount c) {
        return new Incident(id, title, place, window, itemsWindow, items, observations, c);
    }
}
