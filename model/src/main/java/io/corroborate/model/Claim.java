package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/** A statement to test against the footage ({@code claims.csv}); {@code asserts} follows docs/claims.md. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Claim(String id, String claimant, LocalDate statedOn, String text, String asserts) {
    public Claim {
        Text.requireText(id, "claim id");
        Text.requireText(claimant, "claimant of claim " + id);
        text = Text.blankToNull(text);
        asserts = Text.blankToNull(asserts);
    }
}
