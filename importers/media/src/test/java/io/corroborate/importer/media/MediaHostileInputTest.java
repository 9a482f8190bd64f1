package io.corroborate.importer.media;

import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Hashes;
import io.corroborate.spi.ImportException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The hostile corpus of src/test/resources/hostile and generated damage: what must happen to each. */
class MediaHostileInputTest {
    @TempDir
    Path caseRoot;

    @Test
    void corruptedVideoIsKeptWithItsHashAndAWarning() throws Exception {
        Path f = MediaHarness.copy("hostile/corrupt.mp4", caseRoot);
        MediaHarness.Result r = MediaHarness.run(f, caseRoot);
        EvidenceItem item = r.item("media:hostile/corrupt.mp4");
        assertThat(item.media().get(0).sha256()).isEqualTo(Hashes.sha256(Files.readAllBytes(f)));
        assertThat(item.clues()).isEmpty();
        assertThat(r.context().warnings()).isNotEmpty();
        assertThat(r.error()).isNull();
    }

    @Test
    void truncatedJpegIsKeptWithAWarning() {
        byte[] jpeg = MediaHarness.almatyJpeg();
        Path f = MediaHarness.write(caseRoot, "media/cut.jpg", Arrays.copyOf(jpeg, 60));
        MediaHarness.Result r = MediaHarness.run(f, caseRoot);
        assertThat(r.ids()).containsExactly("media:media/cut.jpg");
        assertThat(r.context().warnings()).isNotEmpty();
    }

    @Test
    void boxClaimingGigabytesIsNeverHandedToTheLibrary() {
        byte[] mov = new IsoBuilder().quickTime().created(Instant.parse("2022-01-05T09:14:03Z")).build();
        // ftyp is 20 bytes, moov's header 8: the movie header's size field follows
        ByteBuffer.wrap(mov).putInt(28, 0x7ff00000);
        Path f = MediaHarness.write(caseRoot, "media/huge.mov", mov);
        MediaHarness.Result r = MediaHarness.run(f, caseRoot);
        assertThat(r.ids()).containsExactly("media:media/huge.mov");
        assertThat(r.context().warnings()).anySatisfy(w -> assertThat(w.message()).contains("box 'mvhd' at byte 28 claims 2146435072 bytes"));
        assertThat(r.context().warnings()).anySatisfy(w -> assertThat(w.message()).contains("metadata was not read"));
    }

    @Test
    void truncatedMediaDataStillGivesTheMovieHeader() {
        byte[] mp4 = new IsoBuilder().created(Instant.parse("2022-01-05T09:14:03Z")).build();
        Path f = MediaHarness.write(caseRoot, "media/partial.mp4", Arrays.copyOf(mp4, mp4.length - 10));
        MediaHarness.Result r = MediaHarness.run(f, caseRoot);
        assertThat(MediaHarness.clues(r.items().get(0), ClueKinds.METADATA)).hasSize(1);
        assertThat(r.context().warnings()).anySatisfy(w -> assertThat(w.message()).contains("box 'mdat'"));
    }

    @Test
    void symlinkLeavingTheCaseIsRefused() throws Exception {
        Path outside = Files.createTempFile("outside", ".jpg");
        try {
            Files.write(outside, MediaHarness.almatyJpeg());
            Files.createDirectories(caseRoot.resolve("media"));
            try {
                Files.createSymbolicLink(caseRoot.resolve("media/link.jpg"), outside);
            } catch (UnsupportedOperationException | java.io.IOException e) {
                Assumptions.abort("symbolic links not supported here");
            }
            MediaHarness.Result r = MediaHarness.run(caseRoot.resolve("media"), caseRoot);
            assertThat(r.items()).isEmpty();
            assertThat(r.context().skippedRecords()).singleElement().satisfies(s -> assertThat(s.message()).contains("leaves the case folder"));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void nullIslandPositionIsNotAPlace() {
        byte[] jpeg = new JpegBuilder().original("2022:01:05 15:14:03", "+06:00", null).position("N", 0, 0, 0, "E", 0, 0, 0).build();
        MediaHarness.Result r = MediaHarness.run(MediaHarness.write(caseRoot, "media/zero.jpg", jpeg), caseRoot);
        assertThat(MediaHarness.clues(r.items().get(0), ClueKinds.PLACE)).isEmpty();
        assertThat(r.context().warnings()).anySatisfy(w -> assertThat(w.message()).contains("0,0"));
    }

    @Test
    void impossibleExifDateIsAWarningAndTheItemIsKept() {
        byte[] jpeg = new JpegBuilder().original("2022:02:30 10:00:00", "+06:00", null).build();
        MediaHarness.Result r = MediaHarness.run(MediaHarness.write(caseRoot, "media/bad-date.jpg", jpeg), caseRoot);
        assertThat(r.items().get(0).clues()).isEmpty();
        assertThat(r.context().warnings()).anySatisfy(w -> assertThat(w.message()).contains("not a real date-time"));
    }

    @Test
    void truncatedExifToolJsonKeepsTheObjectsBeforeTheBreak() {
        MediaHarness.Result r = MediaHarness.run(MediaHarness.copy("hostile/truncated.json", caseRoot), caseRoot);
        assertThat(r.ids()).containsExactly("media:hostile/media/A.JPG");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.TRUNCATED);
        assertThat(r.error().locator()).startsWith("byte ");
    }

    @Test
    void invalidUtf8InExifToolJsonIsAnEncodingError() {
        MediaHarness.Result r = MediaHarness.run(MediaHarness.copy("hostile/invalid-utf8.json", caseRoot), caseRoot);
        assertThat(r.ids()).containsExactly("media:hostile/media/A.JPG");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.ENCODING);
    }

    @Test
    void deeplyNestedExifToolJsonHitsTheNestingLimit() {
        MediaHarness.Result r = MediaHarness.run(MediaHarness.copy("hostile/deep.json", caseRoot), caseRoot);
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
    }

    @Test
    void exifToolJsonThatIsNotAnArrayIsRefused() {
        Path f = MediaHarness.write(caseRoot, "report.json", "{\"SourceFile\": \"a.jpg\"}".getBytes());
        MediaHarness.Result r = MediaHarness.run(f, caseRoot);
        assertThat(r.error().category()).isEqualTo(ImportException.Category.MALFORMED);
    }

    @Test
    void exifToolJsonWithByteOrderMarkIsRead() {
        byte[] body = "[{\"SourceFile\": \"a.jpg\", \"File:MIMEType\": \"image/jpeg\"}]".getBytes();
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(body, 0, withBom, 3, body.length);
        MediaHarness.Result r = MediaHarness.run(MediaHarness.write(caseRoot, "report.json", withBom), caseRoot);
        assertThat(r.error()).isNull();
        assertThat(r.ids()).containsExactly("media:a.jpg");
    }
}
