package io.corroborate.importer.media;

import io.corroborate.model.Author;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Hashes;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MediaFileTest {
    private static final Instant CREATED = Instant.parse("2022-01-05T09:14:03Z");

    @TempDir
    Path caseRoot;

    private EvidenceItem one(String relative, byte[] bytes) {
        Path f = MediaHarness.write(caseRoot, relative, bytes);
        MediaHarness.Result r = MediaHarness.run(f, caseRoot);
        assertThat(r.error()).isNull();
        return r.item("media:" + relative);
    }

    @Test
    void photoBecomesAnItemWithHashSizeTypeAndDimensions() {
        byte[] jpeg = MediaHarness.almatyJpeg();
        EvidenceItem item = one("media/IMG_0001.jpg", jpeg);
        assertThat(item.kind()).isEqualTo(ItemKind.PHOTO);
        assertThat(item.platform()).isEqualTo(Platform.DIRECT);
        assertThat(item.title()).isEqualTo("IMG_0001.jpg");
        assertThat(item.author()).isNull();
        assertThat(item.publishedAt()).isNull();
        MediaRef m = item.media().get(0);
        assertThat(m.path()).isEqualTo("media/IMG_0001.jpg");
        assertThat(m.sha256()).isEqualTo(Hashes.sha256(jpeg));
        assertThat(m.sizeBytes()).isEqualTo((long) jpeg.length);
        assertThat(m.mimeType()).isEqualTo("image/jpeg");
        assertThat(m.width()).isEqualTo(64);
        assertThat(m.height()).isEqualTo(48);
        assertThat(item.provenance().importer()).isEqualTo("media");
        assertThat(item.provenance().sourceSha256()).isEqualTo(Hashes.sha256(jpeg));
    }

    @Test
    void exifOriginalWithOffsetAndSubSecondsIsOneReading() {
        EvidenceItem item = one("media/IMG_0001.jpg", MediaHarness.almatyJpeg());
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("media:media/IMG_0001.jpg/metadata");
            assertThat(c.value()).isEqualTo("2022-01-05T09:14:03.450Z");
            assertThat(c.tolerance()).isEqualTo(Duration.ofMinutes(2));
            assertThat(c.note()).contains("EXIF DateTimeOriginal").contains("+06:00");
            assertThat(c.statedBy()).isEqualTo("media");
        });
    }

    @Test
    void exifGpsBecomesPlaceWithItsPositioningError() {
        EvidenceItem item = one("media/IMG_0001.jpg", MediaHarness.almatyJpeg());
        assertThat(MediaHarness.clues(item, ClueKinds.PLACE)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("media:media/IMG_0001.jpg/place");
            assertThat(c.value()).isEqualTo("43.2389,76.9455,5");
        });
    }

    @Test
    void exifWithoutOffsetOrSourceZoneIsCaseZoneOrUtc() {
        byte[] jpeg = new JpegBuilder().original("2022:01:05 15:14:03", null, null).build();
        EvidenceItem item = one("media/no-offset.jpg", jpeg);
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA)).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo("2022-01-05T09:14:03Z | 2022-01-05T15:14:03Z"));
    }

    @Test
    void exifWithoutOffsetIsReadInTheSourceZone() {
        Path f = MediaHarness.write(caseRoot, "media/no-offset.jpg", new JpegBuilder().original("2022:01:05 15:14:03", null, null).build());
        EvidenceItem item = MediaHarness.run(f, caseRoot, ZoneId.of("Europe/Moscow"), Map.of()).items().get(0);
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA)).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2022-01-05T12:14:03Z");
            assertThat(c.note()).contains("local time in Europe/Moscow");
        });
    }

    @Test
    void digitizedTimeIsAddedOnlyWhenItDiffers() {
        byte[] jpeg = new JpegBuilder().original("2022:01:05 15:14:03", "+06:00", null)
                .exif(JpegBuilder.ascii(0x9004, "2022:01:07 10:00:00")).exif(JpegBuilder.ascii(0x9012, "+06:00")).build();
        EvidenceItem item = one("media/scan.jpg", jpeg);
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA)).extracting(Clue::id, Clue::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("media:media/scan.jpg/metadata", "2022-01-05T09:14:03Z"),
                org.assertj.core.groups.Tuple.tuple("media:media/scan.jpg/metadata/2", "2022-01-07T04:00:00Z"));
    }

    @Test
    void mp4CreateDateIsUtcOrLocalWithDurationInTheTolerance() {
        byte[] mp4 = new IsoBuilder().created(CREATED).duration(Duration.ofSeconds(12)).xyz("+43.2389+076.9455/").build();
        EvidenceItem item = one("media/VID_0001.mp4", mp4);
        assertThat(item.kind()).isEqualTo(ItemKind.VIDEO);
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA)).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2022-01-05T09:14:03Z | 2022-01-05T03:14:03Z");
            assertThat(c.tolerance()).isEqualTo(Duration.ofMinutes(2).plusSeconds(12));
            assertThat(c.note()).contains("QuickTime CreateDate 2022-01-05 09:14:03").contains("local time in Asia/Almaty");
        });
    }

    @Test
    void mp4DurationDimensionsAndXyzLocationAreRead() {
        byte[] mp4 = new IsoBuilder().created(CREATED).duration(Duration.ofMillis(12500)).size(1280, 720).xyz("+43.2389+076.9455/").build();
        EvidenceItem item = one("media/VID_0001.mp4", mp4);
        MediaRef m = item.media().get(0);
        assertThat(m.type()).isEqualTo("video");
        assertThat(m.durationSeconds()).isEqualTo(12.5);
        assertThat(m.width()).isEqualTo(1280);
        assertThat(m.height()).isEqualTo(720);
        assertThat(m.mimeType()).isEqualTo("video/mp4");
        assertThat(MediaHarness.clues(item, ClueKinds.PLACE)).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("43.2389,76.9455"));
    }

    @Test
    void appleCreationDateWinsAndGivesOneReading() {
        byte[] mov = new IsoBuilder().quickTime().created(CREATED)
                .key("com.apple.quicktime.creationdate", "2022-01-05T15:14:03+0600")
                .key("com.apple.quicktime.location.ISO6709", "+43.2390+076.9456+812.300/")
                .key("com.apple.quicktime.location.accuracy.horizontal", "14.035").build();
        EvidenceItem item = one("media/IMG_0412.MOV", mov);
        assertThat(item.media().get(0).mimeType()).isEqualTo("video/quicktime");
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA)).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2022-01-05T09:14:03Z");
            assertThat(c.tolerance()).isEqualTo(Duration.ofMinutes(2));
            assertThat(c.note()).contains("com.apple.quicktime.creationdate '2022-01-05T15:14:03+0600'")
                    .contains("QuickTime CreateDate 2022-01-05 09:14:03 not used");
        });
        assertThat(MediaHarness.clues(item, ClueKinds.PLACE)).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("43.239,76.9456,14"));
    }

    @Test
    void appleKeysInAnMp4BrandedFileAreReadToo() {
        // metadata-extractor 2.19 reads Apple keys only in QuickTime-branded files; the box walk covers MP4 brands
        byte[] mp4 = new IsoBuilder().created(CREATED).key("com.apple.quicktime.creationdate", "2022-01-05T15:14:03+06:00")
                .key("com.apple.quicktime.location.ISO6709", "+43.2390+076.9456/").build();
        EvidenceItem item = one("media/edited.mp4", mp4);
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA)).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("2022-01-05T09:14:03Z"));
        assertThat(MediaHarness.clues(item, ClueKinds.PLACE)).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("43.239,76.9456"));
    }

    @Test
    void xyzInAQuickTimeBrandedFileIsReadToo() {
        byte[] mov = new IsoBuilder().quickTime().created(CREATED).xyz("+43.2389+076.9455+000.000/").build();
        EvidenceItem item = one("media/old-iphone.mov", mov);
        assertThat(MediaHarness.clues(item, ClueKinds.PLACE)).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("43.2389,76.9455");
            assertThat(c.note()).contains("\u00a9xyz");
        });
    }

    @Test
    void sourceZoneGivesTheLocalReadingOfCreateDate() {
        Path f = MediaHarness.write(caseRoot, "media/v.mp4", new IsoBuilder().created(CREATED).build());
        EvidenceItem item = MediaHarness.run(f, caseRoot, ZoneId.of("Europe/Kyiv"), Map.of()).items().get(0);
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA).get(0).value()).isEqualTo("2022-01-05T09:14:03Z | 2022-01-05T07:14:03Z");
    }

    @Test
    void utcSourceZoneLeavesOneReadingOfCreateDate() {
        Path f = MediaHarness.write(caseRoot, "media/v.mp4", new IsoBuilder().created(CREATED).build());
        EvidenceItem item = MediaHarness.run(f, caseRoot, ZoneId.of("UTC"), Map.of()).items().get(0);
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA).get(0).value()).isEqualTo("2022-01-05T09:14:03Z");
    }

    @Test
    void unsetCreateDateGivesNoReadingAndAWarning() {
        MediaHarness.Result r = MediaHarness.run(MediaHarness.write(caseRoot, "media/v.mp4", new IsoBuilder().build()), caseRoot);
        assertThat(MediaHarness.clues(r.items().get(0), ClueKinds.METADATA)).isEmpty();
        assertThat(r.context().warnings()).anySatisfy(w -> assertThat(w.message()).contains("unset"));
    }

    @Test
    void fileModificationTimeIsNeverACaptureTime() throws Exception {
        Path f = MediaHarness.write(caseRoot, "media/stripped.jpg", new JpegBuilder().build());
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2022-01-05T09:14:03Z")));
        EvidenceItem item = MediaHarness.run(f, caseRoot).items().get(0);
        assertThat(item.clues()).isEmpty();
    }

    @Test
    void optionsSetPlatformAuthorAndClockTolerance() {
        Path f = MediaHarness.write(caseRoot, "media/IMG_0001.jpg", MediaHarness.almatyJpeg());
        MediaHarness.Result r = MediaHarness.run(f, caseRoot, null,
                Map.of("platform", "government", "author", "Witness W-07", "clock-tolerance", "10m"));
        EvidenceItem item = r.items().get(0);
        assertThat(item.platform()).isEqualTo(Platform.GOVERNMENT);
        assertThat(item.author()).isEqualTo(new Author(null, "Witness W-07"));
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA).get(0).tolerance()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void badOptionIsAnImportError() {
        Path f = MediaHarness.write(caseRoot, "media/IMG_0001.jpg", MediaHarness.almatyJpeg());
        MediaHarness.Result r = MediaHarness.run(f, caseRoot, null, Map.of("platform", "myspace"));
        assertThat(r.items()).isEmpty();
        assertThat(r.error().locator()).isEqualTo("option platform");
    }

    @Test
    void folderIsReadRecursivelyInPathOrder() throws Exception {
        MediaHarness.write(caseRoot, "media/b/VID_0002.mp4", new IsoBuilder().created(CREATED).build());
        MediaHarness.write(caseRoot, "media/a.jpg", MediaHarness.almatyJpeg());
        MediaHarness.write(caseRoot, "media/.thumbnails/a.jpg", MediaHarness.almatyJpeg());
        MediaHarness.write(caseRoot, "media/._a.jpg", new byte[] {0, 5, 22, 7});
        MediaHarness.write(caseRoot, "media/notes.txt", "who sent what".getBytes());
        MediaHarness.Result r = MediaHarness.run(caseRoot.resolve("media"), caseRoot);
        assertThat(r.ids()).containsExactly("media:media/a.jpg", "media:media/b/VID_0002.mp4");
        assertThat(r.context().warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("media/notes.txt");
            assertThat(w.message()).contains("not a photo or video");
        });
    }

    @Test
    void sameFilesGiveIdenticalItems() {
        Path f = MediaHarness.write(caseRoot, "media/IMG_0001.jpg", MediaHarness.almatyJpeg());
        assertThat(MediaHarness.run(f, caseRoot).items()).isEqualTo(MediaHarness.run(f, caseRoot).items());
    }
}
