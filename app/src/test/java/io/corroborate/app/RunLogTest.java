package io.corroborate.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunLogTest {
    @Test
    void recordsLeftOutAsNotEvidenceAreCountedPerFileAndAreNotSkips() {
        RunLog log = new RunLog();
        log.ignored("b/result.json", "message 12", "service message (pin_message)");
        log.ignored("a/result.json", "message 3", "service message (join)");
        log.ignored("b/result.json", "message 14", "service message (edit_title)");

        assertThat(log.ignoredTotal()).isEqualTo(3);
        assertThat(log.ignoredByFile()).containsExactly(java.util.Map.entry("a/result.json", 1), java.util.Map.entry("b/result.json", 2));
        assertThat(log.skippedTotal()).isZero();
        assertThat(log.warningsTotal()).isZero();
    }

    @Test
    void skippedRecordsKeepTheirFileLocatorAndReason() {
        RunLog log = new RunLog();
        log.skipped("a/result.json", "message 7", "no date_unixtime and no source time zone");

        assertThat(log.skipped("a/result.json")).isEqualTo(1);
        assertThat(log.entries()).singleElement().hasToString("a/result.json: message 7: skipped: no date_unixtime and no source time zone");
    }

    @Test
    void aFileFullOfBadRecordsIsCountedNotKeptWhole() {
        RunLog log = new RunLog();
        log.warn("a/result.json", "message 1", "a repaired control character");
        for (int i = 1; i <= 100_000; i++) {
            log.skipped("a/result.json", "message " + i, "no date_unixtime and no source time zone");
            log.warn("b/result.json", "message " + i, "a repaired control character");
        }

        assertThat(log.skipped("a/result.json")).isEqualTo(100_000);
        assertThat(log.skippedTotal()).isEqualTo(100_000);
        assertThat(log.warningsTotal()).isEqualTo(100_001);
        assertThat(log.entries()).hasSize(100);
        assertThat(log.entries().get(0)).hasToString("a/result.json: message 1: a repaired control character");
        assertThat(log.firstSkipped()).get().hasToString("a/result.json: message 1: skipped: no date_unixtime and no source time zone");
    }
}
