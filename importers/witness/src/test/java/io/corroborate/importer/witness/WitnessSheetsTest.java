package io.corroborate.importer.witness;

import io.corroborate.model.Author;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WitnessSheetsTest {
    @TempDir
    Path root;

    private Runs.Result sheets() throws IOException {
        return Runs.run(Runs.copy("sheets", root), root);
    }

    @Test
    void aStatementBecomesAWitnessStatementItemAuthoredByThePseudonym() throws IOException {
        EvidenceItem i = sheets().item("witness:W1:1");

        assertThat(i.platform()).isEqualTo(Platform.WITNESS);
        assertThat(i.kind()).isEqualTo(ItemKind.STATEMENT);
        assertThat(i.author()).isEqualTo(new Author("W1", "W1"));
        assertThat(i.title()).isEqualTo("Witness W1 (protester), interviewed 2022-01-20, statement 1");
        assertThat(i.text()).isEqualTo("Soldiers fired into the crowd in front of the akimat, two people fell.");
        assertThat(i.provenance().source()).isEqualTo("sheets/statements.csv");
        assertThat(i.provenance().locator()).isEqualTo("line 2");
        assertThat(i.provenance().importer()).isEqualTo("witness");
    }

    @Test
    void realNamesContactsNotesAndUnknownColumnsLandOnlyInSensitive() throws IOException {
        EvidenceItem i = sheets().item("witness:W1:1");

        assertThat(i.sensitive()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "witness-name", "Aigerim Example",
                "contact", "+7 700 000 0001",
                "notes", "Met in a cafe; asked not to be filmed",
                "address", "Abay avenue 1, flat 2",
                "interviewer", "Interviewer A"));
        String everythingElse = Runs.withoutSensitive(i);
        assertThat(everythingElse).doesNotContain("Aigerim", "+7 700", "Abay avenue", "Interviewer A", "cafe");
    }

    @Test
    void aClockTimeBecomesALocalClockClueWithTheStatedTolerance() throws IOException {
        Runs.Result r = sheets();

        assertThat(r.clue("witness:W1:1/clock").value()).isEqualTo("2022-01-05T18:30");
        assertThat(r.clue("witness:W1:1/clock").tolerance()).isEqualTo(Duration.ofMinutes(10));
        assertThat(r.clue("witness:W1:1/clock").statedBy()).isEqualTo("witness");
    }

    @Test
    void aFullDateTimeWithoutToleranceGetsTheDefaultFifteenMinutes() throws IOException {
        Runs.Result r = sheets();

        assertThat(r.clue("witness:W2:2/clock").value()).isEqualTo("2022-01-06T10:00");
        assertThat(r.clue("witness:W2:2/clock").tolerance()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theToleranceOptionChangesTheDefault() throws IOException {
        Runs.Result r = Runs.run(Runs.copy("sheets", root), root, null, Map.of("tolerance", "30m"));

        assertThat(r.clue("witness:W2:2/clock").tolerance()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aRangeBecomesNotBeforeAndNotAfter() throws IOException {
        Runs.Result r = sheets();

        assertThat(r.clue("witness:W1:2/not-before").value()).isEqualTo("2022-01-05T18:00");
        assertThat(r.clue("witness:W1:2/not-after").value()).isEqualTo("2022-01-05T18:20");
        assertThat(r.item("witness:W1:2").clues()).noneMatch(c -> c.kind().equals(ClueKinds.CLOCK));
    }

    @Test
    void aRangeAcrossMidnightEndsOnTheNextDayWidenedByItsTolerance() throws IOException {
        Runs.Result r = sheets();

        assertThat(r.clue("witness:W2:3/not-before").value()).isEqualTo("2022-01-05T23:35");
        assertThat(r.clue("witness:W2:3/not-after").value()).isEqualTo("2022-01-06T00:20");
    }

    @Test
    void aRelativeStatementBecomesABeforeClueOnTheOtherItemWithItsGap() throws IOException {
        Runs.Result r = sheets();

        assertThat(r.clue("witness:W1:2/before").value()).isEqualTo("witness:W1:1");
        assertThat(r.clue("witness:W1:2/before").tolerance()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void observationsAndCasualtiesBecomeTheirClues() throws IOException {
        Runs.Result r = sheets();

        assertThat(r.clue("witness:W1:1/observation").value()).isEqualTo("live-fire by security-forces");
        assertThat(r.clue("witness:W1:1/casualty").value()).isEqualTo("P07 injured");
        assertThat(r.clue("witness:W1:1/casualty/2").value()).isEqualTo("P08 killed");
        assertThat(r.clue("witness:W2:2/observation").value()).isEqualTo("beating by unknown");
    }

    @Test
    void aPlaceIsKeptAsWrittenForTheAppToResolve() throws IOException {
        Runs.Result r = sheets();

        assertThat(r.clue("witness:W1:1/place").value()).isEqualTo("republic-square");
        assertThat(r.clue("witness:W1:2/place").value()).isEqualTo("43.2383,76.9453");
    }

    @Test
    void aDayWithoutTimeBecomesADateClueAndTheSensitiveColumnAClue() throws IOException {
        Runs.Result r = sheets();

        assertThat(r.clue("witness:W2:1/date").value()).isEqualTo("2022-01-06");
        assertThat(r.clue("witness:W2:1/sensitive").value()).isEqualTo("text");
    }

    @Test
    void badRowsAreSkippedWithTheirLineAndReason() throws IOException {
        Runs.Result r = sheets();

        assertThat(r.ids()).containsExactly("witness:W1:1", "witness:W1:2", "witness:W2:1", "witness:W2:2", "witness:W2:3");
        assertThat(r.skipped()).containsExactly(
                "sheets/witnesses.csv: line 4: witness W4: interviewed_on '20.01.2022' is not a date like 2022-01-20",
                "sheets/statements.csv: line 4: witness:W1:3: time '25:99' is not a time like 10:00 or 2022-01-06T10:00",
                "sheets/statements.csv: line 8: witness 'W9' is not in witnesses.csv",
                "sheets/statements.csv: line 9: witness 'W4' is not usable: its row in witnesses.csv (line 4) was skipped",
                "sheets/statements.csv: line 10: witness:W1:2 is already imported from sheets/statements.csv line 3");
        assertThat(r.error()).isNull();
    }

    @Test
    void aConsentingWitnessIsNamedOnlyWhenTheCaseOptsIn() throws IOException {
        assertThat(sheets().item("witness:W2:1").author()).isEqualTo(new Author("W2", "W2"));

        Runs.Result named = Runs.run(Runs.copy("sheets", root.resolve("again")), root, null, Map.of("name-consenting-witnesses", "yes"));
        assertThat(named.item("witness:W2:1").author()).isEqualTo(new Author("W2", "Marat Example"));
        assertThat(named.item("witness:W1:1").author()).isEqualTo(new Author("W1", "W1"));
    }

    @Test
    void timesStatedInAnotherSourceZoneAreConvertedToTheCaseZone() throws IOException {
        Runs.Result r = Runs.run(Runs.copy("sheets", root), root, ZoneOffset.UTC, Map.of());

        assertThat(r.clue("witness:W1:1/clock").value()).isEqualTo("2022-01-06T00:30");
        assertThat(r.clue("witness:W1:1/clock").note()).contains("stated as 2022-01-05T18:30 in Z");
    }

    @Test
    void eitherSheetNamesTheWholeSheetPair() throws IOException {
        Path folder = Runs.copy("sheets", root);

        assertThat(Runs.run(folder.resolve("statements.csv"), root).ids()).hasSize(5);
    }
}
