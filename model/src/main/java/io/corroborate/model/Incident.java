package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Items grouped as one event: place, window (union of its items' windows), what was done, who was hurt. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Incident(String id, String title, Place place, TimeWindow window, List<String> items,
                       List<Observation> observations, CasualtyCount casualties) {
    public Incident {
        Text.requireText(id, "incident id");
        items = Text.list(items);
        observations = Text.list(observations);
        window = window == null ? TimeWindow.UNBOUNDED : window;
        casualties = casualties == null ? CasualtyCount.NONE : casualties;
    }

    public Incident withCasualties(CasualtyCount c) {
        return new Incident(id, title, place, window, items, observations, c);
    }
}
