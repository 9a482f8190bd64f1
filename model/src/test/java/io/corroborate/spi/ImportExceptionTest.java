package io.corroborate.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportExceptionTest {
    @Test
    void theMessageNamesFileLocatorAndReason() {
        ImportException e = new ImportException(ImportException.Category.MALFORMED, "a/result.json", "byte 12 (line 2)", "broken JSON");

        assertThat(e).hasMessage("a/result.json: byte 12 (line 2): broken JSON");
        assertThat(e.file()).isEqualTo("a/result.json");
        assertThat(e.locator()).isEqualTo("byte 12 (line 2)");
    }

    @Test
    void jacksonsNoteOnItsHiddenSourceIsLeftOut() {
        ImportException e = new ImportException(ImportException.Category.TRUNCATED, "r.json", "byte 1190 (line 51)",
                "cut off (Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED"
                        + " (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 50, column: 3]))");

        assertThat(e).hasMessage("r.json: byte 1190 (line 51): cut off (Unexpected end-of-input: expected close marker for Object"
                + " (start marker at [line: 50, column: 3]))");
    }
}
