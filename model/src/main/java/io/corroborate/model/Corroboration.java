package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * How well one observation or casualty is attested: {@code subject} is an observation label
 * ({@code live-fire by security-forces}) or a person id; {@code items} show it, coming from
 * {@code independentSources} distinct repost groups and authors ("seen in 6 videos from 4 sources").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Corroboration(String subject, String incident, List<String> items, int independentSources) {
    public Corroboration {
        Text.requireText(subject, "corroboration subject");
        items = Text.list(items);
        if (independentSources < 0 || independentSources > items.size()) {
            throw new IllegalArgumentException("independent sources must be between 0 and the number of items");
        }
    }
}
