package io.corroborate.importer.facebook;

import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Hashes;
import io.corroborate.model.ItemKind;
import io.corroborate.model.Platform;
import io.corroborate.spi.BasicImportContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.corroborate.importer.facebook.TestCases.clue;
import static io.corroborate.importer.facebook.TestCases.context;
import static io.corroborate.importer.facebook.TestCases.copy;
import static io.corroborate.importer.facebook.TestCases.item;
import static io.corroborate.importer.facebook.TestCases.read;
import static org.assertj.core.api.Assertions.assertThat;

class DyiPostsTest {
    private static final String CLASSIC = "facebook/classic/facebook-aigerim.nurlanova-2022-01-20-Ab12Cd34";
    private static final String ACTIVITY = "facebook/activity/facebook-bakyt.e-2024-02-11-Zx98Yw76";
    private static final String OWNER = ImportRun.pseudonym("Айгерим Нурланова");
    private static final String SQUARE = "facebook:" + OWNER + ":1641373392";
    private static final String VIDEO = "facebook:" + OWNER + ":1641380000";

    @TempDir
    Path root;

    private List<EvidenceItem> classic(BasicImportContext ctx) throws Exception {
        copy("facebook", root);
        return read(root.resolve(CLASSIC), ctx);
    }

    @Test
    void classicExportFolderGivesOnePostPerItemInFileOrder() throws Exception {
        BasicImportContext ctx = context(root);

        List<EvidenceItem> items = classic(ctx);

        assertThat(items).extracting(EvidenceItem::id).containsExactly(VIDEO, VIDEO + ":2", SQUARE);
        assertThat(items).extracting(i -> i.provenance().locator()).containsExactly("/0", "/1", "/2");
        assertThat(items).allSatisfy(i -> assertThat(i.platform()).isEqualTo(Platform.FACEBOOK));
        assertThat(ctx.skippedRecords()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(CLASSIC + "/posts/your_posts_1.json");
            assertThat(r.locator()).isEqualTo("/3");
            assertThat(r.message()).isEqualTo("no timestamp");
        });
    }

    @Test
    void mojibakeIsRepairedInTextTitleAndOwner() throws Exception {
        EvidenceItem square = item(classic(context(root)), SQUARE);

        assertThat(square.text()).isEqualTo("Алматы, 5 января. Республика алаңы, 5 қаңтар. Стреляют.\n\nВид с крыши на площадь");
        assertThat(square.title()).isEqualTo("Айгерим Нурланова updated her status.");
        assertThat(square.author().name()).isEqualTo("Айгерим Нурланова");
        assertThat(square.author().id()).isNull();
    }

    @Test
    void timestampIsPublishedAtAndPublishedClue() throws Exception {
        EvidenceItem square = item(classic(context(root)), SQUARE);

        assertThat(square.publishedAt()).isEqualTo(Instant.parse("2022-01-05T09:03:12Z"));
        assertThat(clue(square, SQUARE + "/published").value()).isEqualTo("2022-01-05T09:03:12Z");
    }

    @Test
    void exifTakenTimestampIsAMetadataClueWithBothReadings() throws Exception {
        EvidenceItem square = item(classic(context(root)), SQUARE);

        // as given, and as if Facebook had read the camera's Almaty (UTC+6) clock as UTC
        assertThat(clue(square, SQUARE + "/metadata").value()).isEqualTo("2022-01-05T08:06:40Z | 2022-01-05T02:06:40Z");
        assertThat(clue(square, SQUARE + "/metadata").kind()).isEqualTo("metadata");
    }

    @Test
    void exifTimeOptionAsGivenKeepsFacebooksReadingOnly() throws Exception {
        EvidenceItem square = item(classic(context(root, Map.of("exif-time", "as-given"))), SQUARE);

        assertThat(clue(square, SQUARE + "/metadata").value()).isEqualTo("2022-01-05T08:06:40Z");
    }

    @Test
    void placeAndExifGpsBecomePlaceClues() throws Exception {
        EvidenceItem square = item(classic(context(root)), SQUARE);

        assertThat(clue(square, SQUARE + "/place").value()).isEqualTo("43.2383,76.9458");
        assertThat(clue(square, SQUARE + "/place").note()).isEqualTo("Facebook place: Республика алаңы");
        assertThat(clue(square, SQUARE + "/place/2").value()).isEqualTo("43.2389,76.9455");
        assertThat(clue(square, SQUARE + "/place/2").note()).startsWith("EXIF GPS of posts/media/");
    }

    @Test
    void uploadIpGoesToTheSensitiveMapAndNowhereElse() throws Exception {
        EvidenceItem square = item(classic(context(root)), SQUARE);

        assertThat(square.sensitive()).containsExactly(Map.entry("upload-ip", "2a03:2880:f10c:83:face:b00c:0:25de"));
        assertThat(square.text()).doesNotContain("2a03");
        assertThat(square.clues()).allSatisfy(c -> assertThat(c.value() + c.note()).doesNotContain("2a03"));
    }

    @Test
    void mediaUriIsResolvedFromTheExportRootAndHashed() throws Exception {
        EvidenceItem square = item(classic(context(root)), SQUARE);
        String rel = CLASSIC + "/posts/media/TimelinePhotos_Ab12Cd34/271234567890123_n_271234567890123.jpg";

        assertThat(square.kind()).isEqualTo(ItemKind.PHOTO);
        assertThat(square.media()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("photo");
            assertThat(m.mimeType()).isEqualTo("image/jpeg");
            assertThat(m.path()).isEqualTo(rel);
            assertThat(m.sha256()).isEqualTo(Hashes.sha256(Files.readAllBytes(root.resolve(rel))));
            assertThat(m.sizeBytes()).isEqualTo(Files.size(root.resolve(rel)));
            assertThat(m.exported()).isTrue();
        });
    }

    @Test
    void videoPostHasEditTimeAndTheEarliestUploadAsNotAfter() throws Exception {
        EvidenceItem video = item(classic(context(root)), VIDEO);

        assertThat(video.kind()).isEqualTo(ItemKind.VIDEO);
        assertThat(video.editedAt()).isEqualTo(Instant.parse("2022-01-05T13:40:00Z"));
        assertThat(clue(video, VIDEO + "/edited").value()).isEqualTo("2022-01-05T13:40:00Z");
        // upload_timestamp 1641378990 is earlier than creation_timestamp 1641379000 and the post's 1641380000
        assertThat(clue(video, VIDEO + "/not-after").value()).isEqualTo("2022-01-05T10:36:30Z");
        assertThat(video.sensitive()).containsEntry("upload-ip", "5.76.12.34");
        assertThat(video.media()).singleElement().satisfies(m -> assertThat(m.type()).isEqualTo("video"));
    }

    @Test
    void externalContextUrlIsALink() throws Exception {
        EvidenceItem link = item(classic(context(root)), VIDEO + ":2");

        assertThat(link.links()).containsExactly("https://vlast.kz/novosti/48123-almaty.html");
        assertThat(link.kind()).isEqualTo(ItemKind.TEXT);
        assertThat(link.text()).isEqualTo("Прямая ссылка на новость");
    }

    @Test
    void newerActivityLayoutIsFoundAndItsMediaResolved() throws Exception {
        copy("facebook", root);
        BasicImportContext ctx = context(root);

        List<EvidenceItem> items = read(root.resolve(ACTIVITY), ctx);

        String owner = ImportRun.pseudonym("Бақыт Ермекұлы");
        String id = "facebook:" + owner + ":1641463200";
        assertThat(items).extracting(EvidenceItem::id).containsExactly(id, "facebook:" + owner + ":1641466800");
        EvidenceItem akimat = item(items, id);
        assertThat(akimat.text()).isEqualTo("6 қаңтар, таңертең. Әкімдік ғимараты.\n\nАкимат после пожара");
        assertThat(akimat.media().get(0).path()).isEqualTo(ACTIVITY + "/your_facebook_activity/posts/media/Mobileuploads_Zx98Yw76/3141592653589793_n.jpg");
        assertThat(akimat.media().get(0).exported()).isTrue();
        assertThat(clue(akimat, id + "/metadata").value()).isEqualTo("2022-01-06T07:43:20Z | 2022-01-06T01:43:20Z");
        assertThat(clue(akimat, id + "/location").value()).isEqualTo("Акимат города Алматы, Республика алаңы, 4");
    }

    @Test
    void mediaMissingFromTheExportIsKeptAsNotExportedWithAWarning() throws Exception {
        copy("facebook", root);
        BasicImportContext ctx = context(root);

        EvidenceItem missing = item(read(root.resolve(ACTIVITY), ctx), "facebook:" + ImportRun.pseudonym("Бақыт Ермекұлы") + ":1641466800");

        assertThat(missing.media()).singleElement().satisfies(m -> {
            assertThat(m.path()).isEqualTo(ACTIVITY + "/your_facebook_activity/posts/media/Mobileuploads_Zx98Yw76/2718281828459045_n.jpg");
            assertThat(m.sha256()).isNull();
            assertThat(m.exported()).isFalse();
        });
        assertThat(ctx.warnings()).singleElement().satisfies(w -> {
            assertThat(w.locator()).isEqualTo("/1/attachments/0/data/0/media");
            assertThat(w.message()).contains("is not in the export");
        });
    }

    @Test
    void anOwnerKnownOnlyByNameGetsAPseudonymousKeyInItemIds() {
        assertThat(ImportRun.pseudonym("Айгерим Нурланова")).matches("dyi-[0-9a-f]{12}")
                .isEqualTo(ImportRun.pseudonym(" Айгерим Нурланова ")).isNotEqualTo(ImportRun.pseudonym("Бақыт Ермекұлы"));
    }

    @Test
    void objectWrappingThePostsArrayIsRead() throws Exception {
        copy("facebook", root);
        BasicImportContext ctx = context(root, Map.of("owner", "daniyar.s"));

        List<EvidenceItem> items = read(root.resolve("facebook/wrapped/your_posts_1.json"), ctx);

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("facebook:daniyar.s:1641546000");
            assertThat(i.text()).isEqualTo("Интернет снова есть. Алматы, 7 января.");
            assertThat(i.provenance().locator()).isEqualTo("/status_updates_v2/0");
            assertThat(i.author().name()).isEqualTo("daniyar.s");
        });
    }

    @Test
    void unknownOwnerFallsBackToTheFolderNameWithAWarning() throws Exception {
        copy("facebook", root);
        BasicImportContext ctx = context(root);

        List<EvidenceItem> items = read(root.resolve("facebook/wrapped/your_posts_1.json"), ctx);

        assertThat(items).extracting(EvidenceItem::id).containsExactly("facebook:" + ImportRun.pseudonym("wrapped") + ":1641546000");
        assertThat(items.get(0).author()).isNull();
        assertThat(ctx.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("owner is unknown"));
    }

    @Test
    void folderOfExportsIsReadInPathOrder() throws Exception {
        copy("facebook", root);

        List<EvidenceItem> items = read(root.resolve("facebook"), context(root, Map.of("owner", "case-owner")));

        assertThat(items).extracting(EvidenceItem::id).containsExactly(
                "facebook:case-owner:1641463200", "facebook:case-owner:1641466800",
                "facebook:case-owner:1641380000", "facebook:case-owner:1641380000:2", "facebook:case-owner:1641373392",
                "facebook:case-owner:1641546000");
    }
}
