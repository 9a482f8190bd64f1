package io.corroborate.model;

import java.util.List;

/**
 * An analysis result an investigator should read: a kebab-case {@code kind} (e.g.
 * {@code clue-conflict}, {@code outside-area}), a severity, a message in plain words, and the items
 * and clues it rests on.
 */
public record Finding(String kind, Severity severity, String message, List<String> items, List<String> clues) {
    public Finding {
        Text.requireText(kind, "finding kind");
        if (severity == null) {
            throw new IllegalArgumentException("finding " + kind + " has no severity");
        }
        Text.requireText(message, "finding message");
        items = Text.list(items);
        clues = Text.list(clues);
    }
}
