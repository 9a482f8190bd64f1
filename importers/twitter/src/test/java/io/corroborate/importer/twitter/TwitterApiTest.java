package io.corroborate.importer.twitter;

import io.corroborate.model.Author;
import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import io.corroborate.spi.BasicImportContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** API v2 pages (one JSON response, twarc JSON Lines, twarc's flattened tweets), v1.1 (twarc 1) and snscrape. */
class TwitterApiTest {
    static final String T0 = "1478637389215354880";
    static final String T1 = "1478656024508026880";
    static final String T2 = "1478668162823802880";
    static final String T3 = "1478677704865402880";
    static final String T4 = "1478682687698554880";

    @TempDir
    Path root;

    private List<EvidenceItem> page() throws Exception {
        return Cases.read(Cases.copy("v2", root).resolve("search.json"), Cases.context(root));
    }

    @Test
    void aPagesTweetsAreJoinedWithTheirAuthorByAuthorId() throws Exception {
        EvidenceItem t1 = Cases.item(page(), "twitter:" + T1);

        assertThat(t1.platform()).isEqualTo(Platform.TWITTER);
        assertThat(t1.author()).isEqualTo(new Author("111", "Almaty Witness"));
        assertThat(t1.url()).isEqualTo("https://x.com/almaty_witness/status/" + T1);
        assertThat(t1.provenance().locator()).isEqualTo("line 1 /data/0");
    }

    @Test
    void createdAtIsTheUtcPublicationTimeAndAPublishedClue() throws Exception {
        EvidenceItem t1 = Cases.item(page(), "twitter:" + T1);

        assertThat(t1.publishedAt()).isEqualTo(Instant.parse("2022-01-05T09:14:03Z"));
        assertThat(t1.clues()).first().isEqualTo(new Clue("twitter:" + T1 + "/published", "twitter:" + T1, "published",
                "2022-01-05T09:14:03Z", null, null, "twitter"));
    }

    @Test
    void textHasItsHtmlEntitiesDecodedAndLinksLeaveOutTheTweetsOwnMedia() throws Exception {
        EvidenceItem t1 = Cases.item(page(), "twitter:" + T1);

        assertThat(t1.text()).isEqualTo("Стрельба на площади & дым <!> https://t.co/abc https://t.co/ext");
        assertThat(t1.links()).containsExactly("https://example.org/almaty/report");
    }

    @Test
    void mediaIsJoinedByMediaKey() throws Exception {
        EvidenceItem t1 = Cases.item(page(), "twitter:" + T1);

        assertThat(t1.kind()).isEqualTo(ItemKind.PHOTO);
        assertThat(t1.media()).containsExactly(MediaRef.of("photo").withUrl("https://pbs.twimg.com/media/FIQ2abcXoAE1234.jpg")
                .withSize(1280, 960).withMediaId("3_1478656000000000001"));
    }

    @Test
    void geoCoordinatesAreLongitudeThenLatitude() throws Exception {
        EvidenceItem t1 = Cases.item(page(), "twitter:" + T1);

        assertThat(t1.clues()).filteredOn(c -> c.kind().equals("place")).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo("43.238949,76.945465"));
    }

    @Test
    void aRetweetPointsToItsOriginalAndTakesItsFullTextMediaAndDate() throws Exception {
        EvidenceItem t2 = Cases.item(page(), "twitter:" + T2);

        assertThat(t2.repostOf()).isEqualTo("twitter:" + T0);
        assertThat(t2.text()).isEqualTo("Колонна военной техники на Абая, видео https://t.co/vid");
        assertThat(t2.forwardedFrom()).isEqualTo(new Author("333", "Orda.kz"));
        assertThat(t2.author()).isEqualTo(new Author("222", "Qaz News"));
        assertThat(t2.kind()).isEqualTo(ItemKind.VIDEO);
        assertThat(t2.media()).containsExactly(new MediaRef("video", null,
                "https://video.twimg.com/ext_tw_video/1478637300000000001/pu/vid/1280x720/b_720.mp4?tag=12", null, null, 38.0, 1280, 720,
                "video/mp4", "7_1478637300000000001", null));
        assertThat(t2.clues()).contains(new Clue("twitter:" + T2 + "/not-after", "twitter:" + T2, "not-after",
                "2022-01-05T08:00:00Z", null, "the retweeted original was posted then", "twitter"));
    }

    @Test
    void aQuoteLinksToTheQuotedTweetAndIsNoRepost() throws Exception {
        EvidenceItem t3 = Cases.item(page(), "twitter:" + T3);

        assertThat(t3.repostOf()).isNull();
        assertThat(t3.text()).isEqualTo("Это то же место https://t.co/q");
        assertThat(t3.links()).as("the quoted tweet's t.co link and the reference are one link").containsExactly("https://x.com/orda_kz/status/" + T0);
    }

    @Test
    void aReplyLinksToItsParentAndAPlaceBoundingBoxBecomesACentreAndRadius() throws Exception {
        EvidenceItem t4 = Cases.item(page(), "twitter:" + T4);

        assertThat(t4.links()).containsExactly("https://x.com/almaty_witness/status/" + T1);
        assertThat(t4.clues()).filteredOn(c -> c.kind().equals("place")).singleElement().satisfies(c -> {
            // the bbox [76.7, 43.1, 77.1, 43.4]: its centre, and the ~23.2 km to its corners
            assertThat(c.value()).isEqualTo("43.25,76.9,23237");
            assertThat(c.note()).contains("Almaty, Kazakhstan");
        });
    }

    @Test
    void twarcJsonLinesPagesReadLikeTheSingleResponse() throws Exception {
        List<EvidenceItem> lines = Cases.read(Cases.copy("twarc", root).resolve("tweets.jsonl"), Cases.context(root));
        List<EvidenceItem> single = page();

        assertThat(lines).extracting(EvidenceItem::id).containsExactlyElementsOf(single.stream().map(EvidenceItem::id).toList());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).text()).isEqualTo(single.get(i).text());
            assertThat(lines.get(i).repostOf()).isEqualTo(single.get(i).repostOf());
            assertThat(lines.get(i).links()).isEqualTo(single.get(i).links());
            assertThat(lines.get(i).media()).isEqualTo(single.get(i).media());
        }
        assertThat(lines.get(2).provenance().locator()).isEqualTo("line 2 /data/0");
    }

    @Test
    void twarcsFlattenedTweetsCarryTheirExpansionsInline() throws Exception {
        List<EvidenceItem> items = Cases.read(Cases.copy("twarc", root).resolve("flat.jsonl"), Cases.context(root));

        assertThat(items).singleElement().satisfies(t -> {
            assertThat(t.author()).isEqualTo(new Author("111", "Almaty Witness"));
            assertThat(t.url()).isEqualTo("https://x.com/almaty_witness/status/1478686588401274880");
            assertThat(t.kind()).isEqualTo(ItemKind.VIDEO);
            assertThat(t.media()).singleElement().satisfies(m -> {
                assertThat(m.mediaId()).isEqualTo("7_1478686500000000001");
                assertThat(m.durationSeconds()).isEqualTo(12.5);
            });
        });
    }

    @Test
    void aV1RetweetFromTwarcOnePointsToItsOriginal() throws Exception {
        List<EvidenceItem> items = Cases.read(Cases.copy("twarc1", root).resolve("tweets.jsonl"), Cases.context(root));

        assertThat(items).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("twitter:1478712886687354880");
            assertThat(t.publishedAt()).isEqualTo(Instant.parse("2022-01-05T13:00:00Z"));
            assertThat(t.author()).isEqualTo(new Author("444", "Reporter KZ"));
            assertThat(t.url()).isEqualTo("https://x.com/reporter_kz/status/1478712886687354880");
            assertThat(t.repostOf()).isEqualTo("twitter:" + T0);
            assertThat(t.forwardedFrom()).isEqualTo(new Author("333", "Orda.kz"));
            assertThat(t.clues()).extracting(Clue::value).containsExactly("2022-01-05T13:00:00Z", "2022-01-05T08:00:00Z");
            assertThat(t.media()).singleElement().satisfies(m -> assertThat(m.url()).endsWith("b_720.mp4?tag=12"));
        });
    }

    @Test
    void snscrapeTweetsKeepRawTextAndTakeTheBestVideoVariantAndCoordinates() throws Exception {
        List<EvidenceItem> items = Cases.read(Cases.copy("snscrape", root).resolve("tweets.jsonl"), Cases.context(root));

        EvidenceItem s1 = items.get(0);
        assertThat(s1.id()).isEqualTo("twitter:1478924279608954880");
        assertThat(s1.publishedAt()).isEqualTo(Instant.parse("2022-01-06T03:00:00Z"));
        assertThat(s1.author()).isEqualTo(new Author("222", "Qaz News"));
        assertThat(s1.text()).isEqualTo("Ночью у акимата & вокзала <b>не</b> тихо https://t.co/n");
        assertThat(s1.links()).containsExactly("https://example.org/night");
        assertThat(s1.media()).containsExactly(new MediaRef("video", null, "https://video.twimg.com/ext_tw_video/1/pu/vid/1280x720/n.mp4?tag=12",
                null, null, 21.5, null, null, "video/mp4", null, null));
        assertThat(s1.clues()).extracting(Clue::value).contains("43.238949,76.945465");
    }

    @Test
    void snscrapeRetweetsAndQuotesNestWholeTweets() throws Exception {
        List<EvidenceItem> items = Cases.read(Cases.copy("snscrape", root).resolve("tweets.jsonl"), Cases.context(root));

        EvidenceItem s2 = items.get(1);
        assertThat(s2.repostOf()).isEqualTo("twitter:" + T0);
        assertThat(s2.forwardedFrom()).isEqualTo(new Author("333", "Orda.kz"));
        assertThat(s2.kind()).isEqualTo(ItemKind.PHOTO);
        assertThat(s2.clues()).extracting(Clue::kind).containsExactly("published", "not-after");
        EvidenceItem s3 = items.get(2);
        assertThat(s3.repostOf()).isNull();
        assertThat(s3.links()).containsExactly("https://x.com/almaty_witness/status/" + T1);
    }

    @Test
    void withoutCreatedAtTheTimeInsideTheSnowflakeIdIsUsed() throws Exception {
        Path file = root.resolve("lookup.json");
        Files.writeString(file, "{\"data\": [{\"id\": \"" + T1 + "\", \"text\": \"no created_at field requested\"}]}", StandardCharsets.UTF_8);

        EvidenceItem t = Cases.read(file, Cases.context(root)).get(0);

        assertThat(t.publishedAt()).isEqualTo(Instant.parse("2022-01-05T09:14:03Z"));
        assertThat(t.clues().get(0).note()).contains("snowflake");
    }

    @Test
    void aCreatedAtThatDisagreesWithTheTimeInTheIdIsWarnedAbout() throws Exception {
        Path file = root.resolve("edited.json");
        Files.writeString(file, "{\"data\": [{\"id\": \"" + T1 + "\", \"text\": \"x\", \"created_at\": \"2022-01-06T09:14:03.000Z\"}]}",
                StandardCharsets.UTF_8);
        BasicImportContext context = Cases.context(root);

        EvidenceItem t = Cases.read(file, context).get(0);

        assertThat(t.publishedAt()).isEqualTo(Instant.parse("2022-01-06T09:14:03Z"));
        assertThat(context.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("disagrees with the time inside its id"));
    }

    @Test
    void aPageWithoutTweetsImportsNothingAndReportsNothing() throws Exception {
        Path file = root.resolve("empty.jsonl");
        Files.writeString(file, "{\"meta\": {\"result_count\": 0}, \"errors\": [{\"resource_id\": \"1\", \"title\": \"Not Found Error\"}]}\n",
                StandardCharsets.UTF_8);
        BasicImportContext context = Cases.context(root);

        assertThat(Cases.read(file, context)).isEmpty();
        assertThat(context.skippedRecords()).isEmpty();
    }

    @Test
    void aFolderOfJsonLinesFilesIsReadInNameOrder() throws Exception {
        Cases.copy("twarc", root);

        List<EvidenceItem> items = Cases.read(root.resolve("twarc"), Cases.context(root));

        assertThat(items).extracting(EvidenceItem::id).startsWith("twitter:1478686588401274880", "twitter:" + T1);
        assertThat(items).hasSize(5);
    }
}
