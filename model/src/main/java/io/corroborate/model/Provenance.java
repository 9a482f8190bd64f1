package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * Where an item came from: the importer id, the source file (relative to the case folder when it is
 * inside it), the record's locator inside that file (line, JSON pointer, message id), the sha256 of
 * the source file, and when it was imported.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String importer, String source, String locator, String sourceSha256, Instant importedAt) {
    public Provenance {
        Text.requireText(importer, "provenance importer");
        Text.requireText(source, "provenance source");
        locator = Text.blankToNull(locator);
        sourceSha256 = Text.blankToNull(sourceSha256);
    }
}
