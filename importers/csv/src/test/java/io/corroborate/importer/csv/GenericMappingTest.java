package io.corroborate.importer.csv;

import io.corroborate.model.Author;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import io.corroborate.spi.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GenericMappingTest {
    private static final Map<String, String> TEAM_SHEET = Map.of(
            "url-column", "Channel link", "time-column", "Posted (local)", "time-format", "dd.MM.yyyy HH:mm",
            "time-zone", "Asia/Almaty", "text-column", "Text", "lat-column", "Lat", "lon-column", "Lon",
            "sha256-column", "SHA256", "delimiter", ";", "kind", "video");

    @TempDir
    Path root;

    private Runs.Result team(Map<String, String> options) throws IOException {
        return Runs.run(Runs.copy("generic", root).resolve("team-sheet.csv"), root, null, options);
    }

    @Test
    void aTimePatternInTheGivenZoneBecomesAUtcPublishedTime() throws IOException {
        Runs.Result r = team(TEAM_SHEET);

        assertThat(r.item("telegram:almatyinfo:1240").publishedAt()).isEqualTo(Instant.parse("2022-01-05T12:30:00Z"));
        assertThat(r.clue("telegram:almatyinfo:1240/published").value()).isEqualTo("2022-01-05T12:30:00Z");
        assertThat(r.clue("telegram:almatyinfo:1240/published").note()).isEqualTo("column posted_(local) (dd.MM.yyyy HH:mm)");
    }

    @Test
    void theUrlGivesIdAndPlatformAndTheOtherColumnsTheirFields() throws IOException {
        Runs.Result r = team(TEAM_SHEET);
        EvidenceItem i = r.item("telegram:almatyinfo:1240");

        assertThat(i.platform()).isEqualTo(Platform.TELEGRAM);
        assertThat(i.kind()).isEqualTo(ItemKind.VIDEO);
        assertThat(i.text()).isEqualTo("Burning cars on Satpayev street");
        assertThat(r.clue("telegram:almatyinfo:1240/place").value()).isEqualTo("43.2380,76.9120");
        assertThat(i.media()).containsExactly(MediaRef.of("video").withSha256("a3f5c0e1b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a6"));
    }

    @Test
    void anImpossibleDateAndHalfAPlaceAreSkippedNotRolledOver() throws IOException {
        assertThat(team(TEAM_SHEET).skipped()).containsExactly(
                "generic/team-sheet.csv: line 4: posted_(local) '31.06.2022 10:00' is not a time in the given pattern format",
                "generic/team-sheet.csv: line 5: '43.2', '' is not a latitude and longitude");
    }

    @Test
    void withoutAnyZoneALocalTimeIsSkippedNotGuessed() throws IOException {
        Map<String, String> noZone = new HashMap<>(TEAM_SHEET);
        noZone.remove("time-zone");

        Runs.Result r = team(noZone);

        assertThat(r.items()).isEmpty();
        assertThat(r.skipped()).first().asString().contains("has no time zone: set the option time-zone or the source's timezone");
    }

    @Test
    void theSourceTimezoneServesWhenTheOptionIsAbsent() throws IOException {
        Map<String, String> noZone = new HashMap<>(TEAM_SHEET);
        noZone.remove("time-zone");

        Runs.Result r = Runs.run(Runs.copy("generic", root).resolve("team-sheet.csv"), root, ZoneOffset.ofHours(5), noZone);

        assertThat(r.item("telegram:almatyinfo:1240").publishedAt()).isEqualTo(Instant.parse("2022-01-05T13:30:00Z"));
    }

    @Test
    void anIdColumnWithAPlatformAndEpochTimes() throws IOException {
        Path sheet = root.resolve("tweets.csv");
        Files.writeString(sheet, "tweet,user,uid,epoch,kind\n1478685016341098498,almaty_news,1234567890123,1641388200,photo\n");

        Runs.Result r = Runs.run(sheet, root, null, Map.of("id-column", "tweet", "platform", "twitter", "author-column", "user",
                "author-id-column", "uid", "time-column", "epoch", "time-format", "epoch", "time-tolerance", "1m", "kind-column", "kind"));

        EvidenceItem i = r.item("twitter:1478685016341098498");
        assertThat(i.author()).isEqualTo(new Author("1234567890123", "almaty_news"));
        assertThat(i.kind()).isEqualTo(ItemKind.PHOTO);
        assertThat(i.publishedAt()).isEqualTo(Instant.parse("2022-01-05T13:10:00Z"));
        assertThat(r.clue("twitter:1478685016341098498/published").tolerance()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aDateAloneIsTheIntervalOfThatDayInTheZone() throws IOException {
        Path sheet = root.resolve("days.csv");
        Files.writeString(sheet, "id,day\nA1,2022-01-05\n");

        Runs.Result r = Runs.run(sheet, root, null, Map.of("id-column", "id", "id-prefix", "sheet", "time-column", "day", "time-zone", "Asia/Almaty"));

        assertThat(r.clue("sheet:A1/published").value()).isEqualTo("2022-01-04T18:00:00Z/2022-01-05T17:59:59Z");
        assertThat(r.item("sheet:A1").publishedAt()).isNull();
    }

    @Test
    void aMappingWithoutIdOrUrlColumnIsRefusedBeforeReading() throws IOException {
        Runs.Result r = team(Map.of("text-column", "Text"));

        assertThat(r.error().category()).isEqualTo(ImportException.Category.MALFORMED);
        assertThat(r.error().locator()).isEqualTo("option id-column");
        assertThat(r.items()).isEmpty();
    }

    @Test
    void aColumnTheHeaderLacksIsAnErrorNamingIt() throws IOException {
        Map<String, String> wrong = new HashMap<>(TEAM_SHEET);
        wrong.put("text-column", "Message");

        Runs.Result r = team(wrong);

        assertThat(r.error().getMessage()).contains("no 'message' column");
    }

    @Test
    void anUnknownPresetIsUnsupported() throws IOException {
        assertThat(team(Map.of("preset", "crowdtangle")).error().category()).isEqualTo(ImportException.Category.UNSUPPORTED);
    }

    @Test
    void anUnknownOptionIsReportedAsAWarning() throws IOException {
        Map<String, String> typo = new HashMap<>(TEAM_SHEET);
        typo.put("text-colum", "Text");

        assertThat(team(typo).context().warnings()).extracting(Object::toString)
                .contains("generic/team-sheet.csv: option text-colum: unknown option for this preset; ignored");
    }
}
