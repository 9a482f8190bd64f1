package io.corroborate.model;

import java.util.List;

/** A claim's verdict, the reason in words, and the items and observations it rests on. */
public record ClaimVerdict(String claim, Verdict verdict, String reason, List<String> items, List<String> observations) {
    public ClaimVerdict {
        Text.requireText(claim, "verdict claim");
        if (verdict == null) {
            throw new IllegalArgumentException("claim " + claim + " has no verdict");
        }
        reason = reason == null ? "" : reason;
        items = Text.list(items);
        observations = Text.list(observations);
    }
}
