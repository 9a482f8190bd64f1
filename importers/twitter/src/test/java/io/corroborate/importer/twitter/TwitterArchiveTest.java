package io.corroborate.importer.twitter;

import io.corroborate.model.Author;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The account archive: tweets.js with and without wrappers, its parts, account.js, media by tweet-id prefix. */
class TwitterArchiveTest {
    static final String A1 = "1478653294016122880";
    static final String A2 = "1478657563817594880";
    static final String A3 = "1478660290115194880";
    static final String A4 = "1478697787192954880";
    static final String O1 = "1478488910853754880";

    @TempDir
    Path root;

    private List<EvidenceItem> archive() throws Exception {
        return Cases.read(Cases.copy("archive", root), Cases.context(root));
    }

    @Test
    void theArchiveFolderReadsTweetsJsThenItsParts() throws Exception {
        assertThat(archive()).extracting(EvidenceItem::id)
                .containsExactly("twitter:" + A1, "twitter:" + A2, "twitter:" + A3, "twitter:" + A4);
    }

    @Test
    void theArchiveItsDataFolderAndASingleTweetsJsAreAllAccepted() throws Exception {
        Path folder = Cases.copy("archive", root);

        assertThat(Cases.read(folder.resolve("data"), Cases.context(root))).hasSize(4);
        assertThat(Cases.read(folder.resolve("data/tweets.js"), Cases.context(root))).extracting(EvidenceItem::id)
                .containsExactly("twitter:" + A1, "twitter:" + A2, "twitter:" + A3);
        assertThat(Cases.read(folder.resolve("data/tweets-part1.js"), Cases.context(root))).extracting(EvidenceItem::id)
                .containsExactly("twitter:" + A4);
    }

    @Test
    void v1CreatedAtIsReadAsUtcAndFullTextHasItsEntitiesDecoded() throws Exception {
        EvidenceItem a1 = Cases.item(archive(), "twitter:" + A1);

        assertThat(a1.publishedAt()).isEqualTo(Instant.parse("2022-01-05T09:03:12Z"));
        assertThat(a1.text()).isEqualTo("Сейчас на площади > 1000 человек & полиция https://t.co/ext https://t.co/xyz");
        assertThat(a1.links()).containsExactly("https://example.org/almaty/live");
        assertThat(a1.provenance().source()).isEqualTo("archive/data/tweets.js");
        assertThat(a1.provenance().locator()).isEqualTo("/0");
    }

    @Test
    void accountJsNamesTheAuthorAndTheHandleOfTheUrls() throws Exception {
        EvidenceItem a1 = Cases.item(archive(), "twitter:" + A1);

        assertThat(a1.author()).isEqualTo(new Author("111", "Almaty Witness"));
        assertThat(a1.url()).isEqualTo("https://x.com/almaty_witness/status/" + A1);
    }

    @Test
    void mediaFilesAreMatchedByTweetIdPrefixAndHashed() throws Exception {
        List<EvidenceItem> items = archive();

        assertThat(Cases.item(items, "twitter:" + A1).media()).containsExactly(MediaRef.of("photo")
                .withUrl("https://pbs.twimg.com/media/FIQ1xyzVkAAbCdE.jpg").withMediaId("1478653200000000001")
                .withPath("archive/data/tweets_media/" + A1 + "-FIQ1xyzVkAAbCdE.jpg")
                .withSha256("d1efca7e84c56411fab731ddc43618addfab933d53ec4109e5dbeb73d5a1b293").withSizeBytes(25L).withExported(true));
        EvidenceItem a3 = Cases.item(items, "twitter:" + A3);
        assertThat(a3.kind()).isEqualTo(ItemKind.VIDEO);
        assertThat(a3.media()).singleElement().satisfies(m -> {
            assertThat(m.path()).isEqualTo("archive/data/tweets_media/" + A3 + "-b_720.mp4");
            assertThat(m.sha256()).isEqualTo("40de4d10fd7cce2ae2da0d54f70848f7549784323541d5e3445f153a03f09b3f");
            assertThat(m.durationSeconds()).isEqualTo(38.0);
            assertThat(m.url()).endsWith("/vid/1280x720/b_720.mp4?tag=12");
        });
    }

    @Test
    void aRetweetInTheArchiveIsOnlyRtTextSoOnlyTheOriginalsHandleIsKept() throws Exception {
        EvidenceItem a2 = Cases.item(archive(), "twitter:" + A2);

        assertThat(a2.forwardedFrom()).isEqualTo(new Author(null, "@orda_kz"));
        assertThat(a2.repostOf()).isNull();
        assertThat(a2.text()).startsWith("RT @orda_kz: ");
    }

    @Test
    void aReplyInAPartFileLinksToItsParentAndStringCoordinatesBecomeAPlace() throws Exception {
        EvidenceItem a4 = Cases.item(archive(), "twitter:" + A4);

        assertThat(a4.links()).containsExactly("https://x.com/qaz_news/status/1478682687698554880");
        assertThat(a4.clues()).filteredOn(c -> c.kind().equals("place")).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo("43.2389,76.9455"));
        assertThat(a4.provenance().source()).isEqualTo("archive/data/tweets-part1.js");
    }

    @Test
    void anOlderArchiveWithoutWrappersOrAccountMatchesRenamedMediaByPrefixAndTakesTheHandleFromMediaLinks() throws Exception {
        List<EvidenceItem> items = Cases.read(Cases.copy("archive-old", root), Cases.context(root));

        assertThat(items).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("twitter:" + O1);
            assertThat(t.publishedAt()).isEqualTo(Instant.parse("2022-01-04T22:10:00Z"));
            assertThat(t.text()).isEqualTo("Ночь, стрельба & взрывы https://t.co/xyz");
            assertThat(t.author()).isNull();
            assertThat(t.url()).isEqualTo("https://x.com/almaty_witness/status/" + O1);
            assertThat(t.media()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo("archive-old/data/tweet_media/" + O1 + "-renamed-by-twitter.jpg");
                assertThat(m.sha256()).isEqualTo("dd89ddb49046450624c97e33bfbbb5e057a2f5d2856cc0d8c37122ea39575109");
            });
        });
    }

    @Test
    void theUsernameOptionNamesTheHandleWhenAccountJsIsMissing() throws Exception {
        List<EvidenceItem> items = Cases.read(Cases.copy("archive-old", root), Cases.context(root, null, Map.of("username", "@Someone_Else")));

        assertThat(items.get(0).url()).isEqualTo("https://x.com/someone_else/status/" + O1);
    }

    @Test
    void aMediaEntityWithoutFileIsWarnedAbout() throws Exception {
        Path folder = Cases.copy("archive", root);
        Files.delete(folder.resolve("data/tweets_media/" + A3 + "-b_720.mp4"));
        BasicImportContext context = Cases.context(root);

        EvidenceItem a3 = Cases.item(Cases.read(folder, context), "twitter:" + A3);

        assertThat(a3.media()).singleElement().satisfies(m -> assertThat(m.path()).isNull());
        assertThat(context.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("tweet " + A3).contains("no file"));
    }

    @Test
    void aDataFileWithNeitherPrefixNorJsonIsMalformed() throws Exception {
        Path file = root.resolve("tweets.js");
        Files.writeString(file, "var tweets = 1;", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Cases.read(file, Cases.context(root)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.category()).isEqualTo(ImportException.Category.MALFORMED));
    }
}
