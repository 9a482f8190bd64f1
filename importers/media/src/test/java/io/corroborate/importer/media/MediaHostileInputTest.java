package io.corroborate.importer.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.xmp.XmpDirectory;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Hashes;
import io.corroborate.spi.ImportException;
import org.junit.jupiter.api.Assumptions;
import io.corroborate.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
    void aSampleDescriptionCountOfTwoBillionIsAWarningNotAnOutOfMemoryError() {
        // found by a fuzz campaign: metadata-extractor sizes its list from the count and asks for gigabytes at once
        byte[] mov = new IsoBuilder().quickTime().created(Instant.parse("2022-01-05T09:14:03Z")).sampleDescriptionCount(0x7FFF_FFF0).build();
        Path f = MediaHarness.write(caseRoot, "media/count.mov", mov);

        MediaHarness.Result r = MediaHarness.run(f, caseRoot);

        assertThat(r.error()).isNull();
        assertThat(r.ids()).containsExactly("media:media/count.mov");
        assertThat(r.context().warnings()).anySatisfy(w -> assertThat(w.message())
                .isEqualTo("metadata-extractor asked for more memory than the heap has (a damaged or hostile count in the file); its metadata was not read"));
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

    @Test
    void hundredMegabyteStringInExifToolJsonHitsTheStringLimitAfterTheObjectsBeforeIt() throws Exception {
        Path json = caseRoot.resolve("huge.json");
        Fixtures.writeWithHundredMegabytes(json, """
                    [{"SourceFile": "media/a.jpg", "File:MIMEType": "image/jpeg"},
                     {"SourceFile": "media/b.jpg", "File:MIMEType": "image/jpeg", "EXIF:ImageDescription": \"""", "\"}]");

        MediaHarness.Result r = MediaHarness.run(json, caseRoot);

        assertThat(r.ids()).containsExactly("media:media/a.jpg");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().file()).isEqualTo("huge.json");
        assertThat(r.error().locator()).startsWith("byte ");
        assertThat(r.error().getMessage()).contains("String value length");
    }

    @Test
    void formulaLookingFileNamesAndTagsInExifToolJsonAreKeptVerbatimOrLeftOutNeverRewritten() throws Exception {
        Path json = MediaHarness.copy("hostile/formula.json", caseRoot);
        Path first = MediaHarness.write(caseRoot, "hostile/media/=cmd|' -C calc'!A0.jpg", MediaHarness.almatyJpeg());
        MediaHarness.write(caseRoot, "hostile/media/@SUM(1+1).jpg", MediaHarness.almatyJpeg());

        MediaHarness.Result r = MediaHarness.run(json, caseRoot);

        assertThat(r.error()).isNull();
        assertThat(r.ids()).containsExactly("media:hostile/media/=cmd|' -C calc'!A0.jpg", "media:hostile/media/@SUM(1+1).jpg");
        EvidenceItem formulaName = r.item("media:hostile/media/=cmd|' -C calc'!A0.jpg");
        // the file name is the title, as written; exporters neutralise it
        assertThat(formulaName.title()).isEqualTo("=cmd|' -C calc'!A0.jpg");
        assertThat(formulaName.media().get(0).path()).isEqualTo("hostile/media/=cmd|' -C calc'!A0.jpg");
        assertThat(formulaName.media().get(0).sha256()).isEqualTo(Hashes.sha256(first));
        // descriptive tags (ImageDescription, Title, Caption, Artist, Copyright) are not imported at all
        assertThat(formulaName.text()).isNull();
        assertThat(formulaName.toString()).doesNotContain("/C calc", "HYPERLINK", "A1:A2", "-2+3");
        assertThat(MediaHarness.clues(formulaName, ClueKinds.METADATA)).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo("2022-01-05T09:20:11Z"));
        EvidenceItem formulaDate = r.item("media:hostile/media/@SUM(1+1).jpg");
        assertThat(formulaDate.title()).isEqualTo("@SUM(1+1).jpg");
        assertThat(formulaDate.clues()).isEmpty();
        assertThat(r.context().warnings()).anySatisfy(w -> assertThat(w.message()).contains("'=1+2'"));
    }

    /** An XMP packet with a description and a city, preceded by {@code doctype} (may be empty). */
    private static String xmpPacket(String doctype, String description, String city) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                %s<x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
                   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                   <photoshop:City>%s</photoshop:City>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>
                """.formatted(doctype, description, city);
    }

    /** A DOCTYPE declaring {@code secret} as an external entity for {@code file} and the nine "billion laughs" entities. */
    private static String hostileDoctype(Path file) {
        StringBuilder d = new StringBuilder("<!DOCTYPE x:xmpmeta [\n  <!ENTITY secret SYSTEM \"" + file.toUri() + "\">\n  <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            d.append("  <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        return d.append("]>\n").toString();
    }

    @Test
    void xmpWithExternalEntityAndBillionLaughsIsNeverExpandedAndThePhotoIsKept(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "XMP-SECRET-OUTSIDE-THE-CASE");
        byte[] jpeg = new JpegBuilder().original("2022:01:05 15:14:03", "+06:00", null)
                .xmp(xmpPacket(hostileDoctype(secret), "&secret;", "&lol9;")).build();
        Path f = MediaHarness.write(caseRoot, "media/xmp.jpg", jpeg);

        MediaHarness.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> MediaHarness.run(f, caseRoot));

        assertThat(r.error()).isNull();
        EvidenceItem item = r.item("media:media/xmp.jpg");
        assertThat(item.media().get(0).sha256()).isEqualTo(Hashes.sha256(jpeg));
        assertThat(MediaHarness.clues(item, ClueKinds.METADATA)).hasSize(1);
        // the packet reaches XMPCore, which refuses it whole; the EXIF beside it is still read
        assertThat(r.context().warnings()).singleElement().satisfies(w -> assertThat(w.message()).startsWith("XMP: "));
        String everything = item + " " + r.context().warnings() + " " + r.context().skippedRecords();
        assertThat(everything).doesNotContain("XMP-SECRET-OUTSIDE-THE-CASE").doesNotContain("lollol");
    }

    @Test
    void theLibraryRefusesAnXmpDoctypeSoNoEntityValueReachesItsDirectory(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "XMP-SECRET-OUTSIDE-THE-CASE");
        byte[] clean = new JpegBuilder().xmp(xmpPacket("", "plain description", "Almaty")).build();
        byte[] hostile = new JpegBuilder().xmp(xmpPacket(hostileDoctype(secret), "&secret;", "&lol9;")).build();

        XmpDirectory cleanXmp = ImageMetadataReader.readMetadata(new ByteArrayInputStream(clean)).getFirstDirectoryOfType(XmpDirectory.class);
        XmpDirectory hostileXmp = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ImageMetadataReader.readMetadata(new ByteArrayInputStream(hostile)).getFirstDirectoryOfType(XmpDirectory.class));

        // the same packet without the DOCTYPE is read, so the refusal is the DOCTYPE's (XMPCore's DISALLOW_DOCTYPE default)
        assertThat(cleanXmp.getXmpProperties()).containsValues("plain description", "Almaty");
        assertThat(cleanXmp.getErrors()).isEmpty();
        assertThat(hostileXmp.getErrors()).isNotEmpty();
        assertThat(hostileXmp.getXmpProperties().values().toString()).doesNotContain("XMP-SECRET-OUTSIDE-THE-CASE").doesNotContain("lollol");
    }
}
