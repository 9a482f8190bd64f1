package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * One source file as imported: path relative to the case folder, importer id, sha256 and size of the
 * file, records imported and skipped, and when.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceSummary(String path, String importer, String sha256, long sizeBytes, long imported, long skipped, Instant importedAt) {
    /**
     * The importer id under which the host lists the case's own files (case.yaml, landmarks, clue sheets,
     * claims): they decide every finding, so custody.csv and case.json carry their sha256. No importer
     * plugin may take this id.
     */
    public static final String CASE_FILES = "case";

    public SourceSummary {
        Text.requireText(path, "source path");
        Text.requireText(importer, "source importer");
    }
}
