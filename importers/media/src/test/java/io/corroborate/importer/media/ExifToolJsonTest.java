package io.corroborate.importer.media;

import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Hashes;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ExifToolJsonTest {
    @TempDir
    Path caseRoot;

    private MediaHarness.Result g1() {
        return MediaHarness.run(MediaHarness.copy("exiftool/g1-numeric.json", caseRoot), caseRoot);
    }

    private MediaHarness.Result g0() {
        return MediaHarness.run(MediaHarness.copy("exiftool/g0-formatted.json", caseRoot), caseRoot);
    }

    @Test
    void sourceFileIsResolvedNextToTheReport() {
        EvidenceItem item = g1().item("media:exiftool/media/IMG_0412.MOV");
        assertThat(item.kind()).isEqualTo(ItemKind.VIDEO);
        assertThat(item.media().get(0).path()).isEqualTo("exiftool/media/IMG_0412.MOV");
        assertThat(item.provenance().source()).isEqualTo("exiftool/g1-numeric.json");
        assertThat(item.provenance().locator()).isEqualTo("/0");
    }

    @Test
    void appleCreationDateWinsOverQuickTimeCreateDate() {
        EvidenceItem item = g1().item("media:exiftool/media/IMG_0412.MOV");
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA)).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2022-01-05T09:14:03Z");
            assertThat(c.note()).contains("2022:01:05 15:14:03+06:00").contains("QuickTime CreateDate 2022:01:05 09:14:03 not used");
        });
    }

    @Test
    void numericOutputGivesDurationSizeDimensionsAndAccuratePlace() {
        EvidenceItem item = g1().item("media:exiftool/media/IMG_0412.MOV");
        MediaRef m = item.media().get(0);
        assertThat(m.durationSeconds()).isEqualTo(37.2);
        assertThat(m.sizeBytes()).isEqualTo(48213776L);
        assertThat(m.width()).isEqualTo(1920);
        assertThat(m.height()).isEqualTo(1080);
        assertThat(m.mimeType()).isEqualTo("video/quicktime");
        assertThat(m.sha256()).isNull();
        assertThat(MediaHarness.clues(item, ClueKinds.PLACE)).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("43.2389,76.9455,14"));
    }

    @Test
    void exifOffsetSubSecondsAndGpsTimeAreRead() {
        EvidenceItem item = g1().item("media:exiftool/media/IMG_0413.HEIC");
        assertThat(item.kind()).isEqualTo(ItemKind.PHOTO);
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA)).extracting(Clue::value)
                .containsExactly("2022-01-05T09:31:10.512Z", "2022-01-05T09:31:09Z");
        assertThat(MediaHarness.clues(item, ClueKinds.PLACE)).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("43.2381,76.9462,5"));
        assertThat(item.media().get(0).width()).isEqualTo(4032);
    }

    @Test
    void reportedFileInTheCaseIsHashed() {
        byte[] bytes = {1, 2, 3, 4, 5};
        MediaHarness.write(caseRoot, "exiftool/media/IMG_0413.HEIC", bytes);
        MediaHarness.Result r = g1();
        MediaRef m = r.item("media:exiftool/media/IMG_0413.HEIC").media().get(0);
        assertThat(m.sha256()).isEqualTo(Hashes.sha256(bytes));
        assertThat(m.sizeBytes()).isEqualTo(5L);
        assertThat(r.context().warnings()).noneSatisfy(w -> assertThat(w.message()).contains("IMG_0413.HEIC"));
    }

    @Test
    void missingReportedFileIsAWarning() {
        assertThat(g1().context().warnings()).anySatisfy(w -> {
            assertThat(w.locator()).isEqualTo("/0");
            assertThat(w.message()).contains("not in the case folder");
        });
    }

    @Test
    void pathsLeavingTheCaseAndNonMediaAreSkipped() {
        MediaHarness.Result r = g1();
        assertThat(r.ids()).hasSize(2);
        assertThat(r.context().skippedRecords()).extracting(s -> s.locator()).containsExactly("/2", "/3", "/4");
        assertThat(r.context().skippedRecords().get(0).message()).contains("absolute path");
        assertThat(r.context().skippedRecords().get(1).message()).contains("leaves the case folder");
        assertThat(r.context().skippedRecords().get(2).message()).contains("not a photo or video");
    }

    @Test
    void formattedOutputWithoutOffsetIsCaseZoneOrUtc() {
        EvidenceItem item = g0().item("media:exiftool/media/DSC_0041.JPG");
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA)).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo("2022-01-05T09:20:11.300Z | 2022-01-05T15:20:11.300Z"));
        assertThat(MediaHarness.clues(item, ClueKinds.PLACE)).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("43.2389,76.9455"));
        MediaRef m = item.media().get(0);
        assertThat(m.sizeBytes()).isNull();
        assertThat(m.width()).isEqualTo(6000);
    }

    @Test
    void formattedVideoCreateDateIsUtcOrLocal() {
        EvidenceItem item = g0().item("media:exiftool/media/VID_20220105_151200.mp4");
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA)).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2022-01-05T15:12:00Z | 2022-01-05T09:12:00Z");
            assertThat(c.tolerance()).isEqualTo(Duration.ofMinutes(2).plusSeconds(42));
        });
        assertThat(item.media().get(0).durationSeconds()).isEqualTo(42.0);
        assertThat(MediaHarness.clues(item, ClueKinds.PLACE)).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("43.24,76.944"));
    }

    @Test
    void unsetDateGivesNoReading() {
        EvidenceItem item = g0().item("media:exiftool/media/old_phone.3gp");
        assertThat(item.clues()).isEmpty();
        assertThat(item.media().get(0).durationSeconds()).isEqualTo(12.5);
    }

    @Test
    void createDateWithAnOffsetIsOneReading() {
        // exiftool -api QuickTimeUTC converts the movie header to local time with its offset
        String json = "[{\"SourceFile\": \"v.mov\", \"File:MIMEType\": \"video/quicktime\","
                + " \"QuickTime:CreateDate\": \"2022:01:05 15:14:03+06:00\"}]";
        EvidenceItem item = MediaHarness.run(MediaHarness.write(caseRoot, "r.json", json.getBytes()), caseRoot).item("media:v.mov");
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA)).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("2022-01-05T09:14:03Z"));
    }

    @Test
    void outputWithoutGroupsReadsBareTagNames() {
        String json = "[{\"SourceFile\": \"v.mp4\", \"MIMEType\": \"video/mp4\", \"CreateDate\": \"2022:01:05 09:14:03\","
                + " \"Duration\": 10, \"GPSLatitude\": 43.2389, \"GPSLongitude\": 76.9455},"
                + " {\"SourceFile\": \"p.jpg\", \"MIMEType\": \"image/jpeg\", \"CreateDate\": \"2022:01:06 10:00:00\","
                + " \"OffsetTimeDigitized\": \"+06:00\"}]";
        MediaHarness.Result r = MediaHarness.run(MediaHarness.write(caseRoot, "r.json", json.getBytes()), caseRoot);
        assertThat(MediaHarness.clues(r.item("media:v.mp4"), ClueKinds.METADATA)).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo("2022-01-05T09:14:03Z | 2022-01-05T03:14:03Z"));
        assertThat(MediaHarness.clues(r.item("media:v.mp4"), ClueKinds.PLACE)).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo("43.2389,76.9455"));
        assertThat(MediaHarness.clues(r.item("media:p.jpg"), ClueKinds.METADATA)).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo("2022-01-06T04:00:00Z"));
    }
}
