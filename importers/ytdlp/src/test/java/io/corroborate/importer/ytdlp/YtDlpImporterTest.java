package io.corroborate.importer.ytdlp;

import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Hashes;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.corroborate.importer.ytdlp.TestCases.clue;
import static io.corroborate.importer.ytdlp.TestCases.context;
import static io.corroborate.importer.ytdlp.TestCases.copy;
import static io.corroborate.importer.ytdlp.TestCases.item;
import static io.corroborate.importer.ytdlp.TestCases.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YtDlpImporterTest {
    private static final String REPUBLIC = "ytdlp/channel/Republic Square [Xk3v9QmP2aA].info.json";
    private static final String PLAYLIST = "ytdlp/playlist/Almaty January 2022 [PLaLmAtY2022jAnUaRy].info.json";

    @TempDir
    Path root;

    private List<EvidenceItem> readFixture(String relative) throws Exception {
        copy("ytdlp", root);
        return read(root.resolve(relative), context(root));
    }

    @Test
    void timestampBecomesPublishedAtAndPublishedClue() throws Exception {
        EvidenceItem v = item(readFixture(REPUBLIC), "youtube:Xk3v9QmP2aA");

        assertThat(v.publishedAt()).isEqualTo(Instant.parse("2022-01-05T09:03:12Z"));
        Clue published = clue(v, "youtube:Xk3v9QmP2aA/published");
        assertThat(published.kind()).isEqualTo("published");
        assertThat(published.value()).isEqualTo("2022-01-05T09:03:12Z");
        assertThat(published.note()).isEqualTo("yt-dlp timestamp");
        assertThat(published.statedBy()).isEqualTo("ytdlp");
    }

    @Test
    void youtubeUploadDateAloneIsAWindowCoveringTheUtcAndPacificDay() throws Exception {
        EvidenceItem v = item(readFixture("ytdlp/channel/Satpayev [Bc7dE8fG9hI].info.json"), "youtube:Bc7dE8fG9hI");

        assertThat(v.publishedAt()).isNull();
        // UTC day 5 January starts at 00:00Z; the Pacific day 5 January (PST, UTC-8) ends at 08:00Z on the 6th
        assertThat(clue(v, "youtube:Bc7dE8fG9hI/published").value()).isEqualTo("2022-01-05T00:00:00Z/2022-01-06T08:00:00Z");
    }

    @Test
    void pacificWideningFollowsDaylightSavingTime() throws Exception {
        Path file = root.resolve("summer.info.json");
        Files.writeString(file, "{\"id\": \"Su4mMeRdAy1\", \"title\": \"July\", \"upload_date\": \"20220705\", \"extractor_key\": \"Youtube\"}");

        EvidenceItem v = item(read(file, context(root)), "youtube:Su4mMeRdAy1");

        // PDT is UTC-7 in July
        assertThat(clue(v, "youtube:Su4mMeRdAy1/published").value()).isEqualTo("2022-07-05T00:00:00Z/2022-07-06T07:00:00Z");
    }

    @Test
    void otherSitesUploadDateIsTheUtcDay() throws Exception {
        EvidenceItem v = item(readFixture("ytdlp/other/Almaty morning [661234567].info.json"), "vimeo:661234567");

        assertThat(v.publishedAt()).isNull();
        assertThat(clue(v, "vimeo:661234567/published").value()).isEqualTo("2022-01-06T00:00:00Z/2022-01-07T00:00:00Z");
    }

    @Test
    void uploadDateZonesOptionWidensTheWindow() throws Exception {
        copy("ytdlp", root);
        List<EvidenceItem> items = read(root.resolve("ytdlp/other/Almaty morning [661234567].info.json"),
                context(root, Map.of("upload-date-zones", "Asia/Almaty")));

        // the Almaty day 6 January (UTC+6) starts at 18:00Z on the 5th
        assertThat(clue(item(items, "vimeo:661234567"), "vimeo:661234567/published").value())
                .isEqualTo("2022-01-05T18:00:00Z/2022-01-07T00:00:00Z");
    }

    @Test
    void unknownZoneInOptionIsRefused() throws Exception {
        copy("ytdlp", root);

        assertThatThrownBy(() -> read(root.resolve(REPUBLIC), context(root, Map.of("upload-date-zones", "Mars/Olympus"))))
                .isInstanceOf(ImportException.class).hasMessageContaining("Mars/Olympus");
    }

    @Test
    void releaseTimestampIsUsedWhenThereIsNoTimestamp() throws Exception {
        EvidenceItem v = item(readFixture("ytdlp/channel/Chronicle [Rl4sT5uV6wX].info.json"), "youtube:Rl4sT5uV6wX");

        assertThat(v.publishedAt()).isEqualTo(Instant.parse("2022-01-10T11:00:00Z"));
        assertThat(clue(v, "youtube:Rl4sT5uV6wX/published").note()).isEqualTo("yt-dlp release_timestamp");
    }

    @Test
    void modifiedTimestampBecomesEditTimeAndClue() throws Exception {
        EvidenceItem v = item(readFixture("ytdlp/channel/Chronicle [Rl4sT5uV6wX].info.json"), "youtube:Rl4sT5uV6wX");

        assertThat(v.editedAt()).isEqualTo(Instant.parse("2022-01-11T11:20:00Z"));
        assertThat(clue(v, "youtube:Rl4sT5uV6wX/edited").value()).isEqualTo("2022-01-11T11:20:00Z");
    }

    @Test
    void extractionEpochBecomesNotAfterClue() throws Exception {
        EvidenceItem v = item(readFixture(REPUBLIC), "youtube:Xk3v9QmP2aA");

        assertThat(clue(v, "youtube:Xk3v9QmP2aA/not-after").value()).isEqualTo("2022-01-05T16:26:40Z");
    }

    @Test
    void impossibleUploadDateSkipsTheRecordWithItsReason() throws Exception {
        copy("ytdlp", root);
        BasicImportContext ctx = context(root);

        List<EvidenceItem> items = read(root.resolve("ytdlp/broken-date/Broken [Zz9yX8wV7uT].info.json"), ctx);

        assertThat(items).isEmpty();
        assertThat(ctx.skippedRecords()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("ytdlp/broken-date/Broken [Zz9yX8wV7uT].info.json");
            assertThat(r.locator()).isEqualTo("/");
            assertThat(r.message()).isEqualTo("upload_date '20220231' is not a valid date");
        });
    }

    @Test
    void youtubeItemHasCanonicalUrlChannelAuthorTitleAndText() throws Exception {
        EvidenceItem v = item(readFixture(REPUBLIC), "youtube:Xk3v9QmP2aA");

        assertThat(v.platform()).isEqualTo(Platform.YOUTUBE);
        assertThat(v.kind()).isEqualTo(ItemKind.VIDEO);
        assertThat(v.url()).isEqualTo("https://www.youtube.com/watch?v=Xk3v9QmP2aA");
        assertThat(v.author().id()).isEqualTo("UCx9Ab3kL0mN1pQ2rS3tU4vW");
        assertThat(v.author().name()).isEqualTo("Vlast.kz");
        assertThat(v.title()).isEqualTo("Алматы, площадь Республики, 5 января");
        assertThat(v.text()).isEqualTo("Стрельба на площади Республики. Республика алаңы.");
        assertThat(v.provenance().importer()).isEqualTo("ytdlp");
        assertThat(v.provenance().source()).isEqualTo("ytdlp/channel/Republic Square [Xk3v9QmP2aA].info.json");
        assertThat(v.provenance().locator()).isEqualTo("/");
        assertThat(v.provenance().importedAt()).isEqualTo(TestCases.IMPORTED_AT);
    }

    @Test
    void mediaBesideTheInfoFileIsHashedAndTypedFromItsExtension() throws Exception {
        EvidenceItem v = item(readFixture(REPUBLIC), "youtube:Xk3v9QmP2aA");
        Path mp4 = root.resolve("ytdlp/channel/Republic Square [Xk3v9QmP2aA].mp4");

        // the .webp thumbnail and the .ru.vtt subtitles share the base name but are not the media
        assertThat(v.media()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("video");
            assertThat(m.mimeType()).isEqualTo("video/mp4");
            assertThat(m.path()).isEqualTo("ytdlp/channel/Republic Square [Xk3v9QmP2aA].mp4");
            assertThat(m.sha256()).isEqualTo(Hashes.sha256(Files.readAllBytes(mp4)));
            assertThat(m.sizeBytes()).isEqualTo(Files.size(mp4));
            assertThat(m.durationSeconds()).isEqualTo(83.0);
            assertThat(m.width()).isEqualTo(1920);
            assertThat(m.height()).isEqualTo(1080);
            assertThat(m.exported()).isTrue();
        });
    }

    @Test
    void videoThatWasNotDownloadedKeepsItsDurationAsUnexportedMedia() throws Exception {
        EvidenceItem v = item(readFixture("ytdlp/channel/Satpayev [Bc7dE8fG9hI].info.json"), "youtube:Bc7dE8fG9hI");

        assertThat(v.media()).containsExactly(MediaRef.of("video").withDurationSeconds(83.0).withSize(1920, 1080).withExported(false));
    }

    @Test
    void audioOnlyDownloadIsAudioMedia() throws Exception {
        EvidenceItem v = item(readFixture("ytdlp/audio/Radio [Au1dI0oNlY_].info.json"), "youtube:Au1dI0oNlY_");

        assertThat(v.media()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("audio");
            assertThat(m.mimeType()).isEqualTo("audio/mp4");
            assertThat(m.path()).isEqualTo("ytdlp/audio/Radio [Au1dI0oNlY_].m4a");
        });
    }

    @Test
    void playlistEntriesAreImportedInOrderAndTheUnavailableOneIsSkipped() throws Exception {
        copy("ytdlp", root);
        BasicImportContext ctx = context(root);

        List<EvidenceItem> items = read(root.resolve(PLAYLIST), ctx);

        assertThat(items).extracting(EvidenceItem::id).containsExactly("youtube:Pl1aY2lI3sT", "twitter:1478699551412338689",
                "youtube:Pl4aY5lI6sT", "youtube:Fl7aT8eN9tR");
        assertThat(items).extracting(i -> i.provenance().locator()).containsExactly("/entries/0", "/entries/2", "/entries/3", "/entries/4");
        assertThat(ctx.skippedRecords()).singleElement().satisfies(r -> {
            assertThat(r.locator()).isEqualTo("/entries/1");
            assertThat(r.message()).contains("null");
        });
    }

    @Test
    void otherExtractorGivesItsKeyAsIdPrefixAndPlatform() throws Exception {
        copy("ytdlp", root);
        EvidenceItem t = item(read(root.resolve(PLAYLIST), context(root)), "twitter:1478699551412338689");

        assertThat(t.platform()).isEqualTo(Platform.TWITTER);
        assertThat(t.url()).isEqualTo("https://twitter.com/kazakhlive/status/1478699551412338689");
        assertThat(t.author().id()).isEqualTo("kazakhlive");
        assertThat(t.author().name()).isEqualTo("Kazakh Live");
        // a float timestamp
        assertThat(t.publishedAt()).isEqualTo(Instant.parse("2022-01-05T14:32:00Z"));
    }

    @Test
    void playlistEntryFindsItsMediaByTheWrittenFileName() throws Exception {
        copy("ytdlp", root);
        EvidenceItem t = item(read(root.resolve(PLAYLIST), context(root)), "twitter:1478699551412338689");

        // _filename was a Windows path ending in .mp4; the merged download on disk is .mkv
        assertThat(t.media()).singleElement().satisfies(m -> {
            assertThat(m.path()).isEqualTo("ytdlp/playlist/Almaty Akimat on fire [1478699551412338689].mkv");
            assertThat(m.mimeType()).isEqualTo("video/x-matroska");
            assertThat(m.durationSeconds()).isEqualTo(27.733);
            assertThat(m.sha256()).hasSize(64);
        });
    }

    @Test
    void flatPlaylistEntryUsesItsUrlAndIeKey() throws Exception {
        copy("ytdlp", root);
        EvidenceItem f = item(read(root.resolve(PLAYLIST), context(root)), "youtube:Fl7aT8eN9tR");

        assertThat(f.url()).isEqualTo("https://www.youtube.com/watch?v=Fl7aT8eN9tR");
        assertThat(f.title()).isEqualTo("A short nobody downloaded");
        assertThat(f.publishedAt()).isNull();
        assertThat(f.clues()).isEmpty();
    }

    @Test
    void locationBecomesAFreeTextLocationClue() throws Exception {
        copy("ytdlp", root);
        EvidenceItem e = item(read(root.resolve(PLAYLIST), context(root)), "youtube:Pl4aY5lI6sT");

        Clue location = clue(e, "youtube:Pl4aY5lI6sT/location");
        assertThat(location.kind()).isEqualTo("location");
        assertThat(location.value()).isEqualTo("Almaty, Kazakhstan");
    }

    @Test
    void folderIsSearchedRecursivelyInPathOrder() throws Exception {
        copy("ytdlp", root);
        BasicImportContext ctx = context(root);

        List<EvidenceItem> items = read(root.resolve("ytdlp"), ctx);

        assertThat(items).extracting(EvidenceItem::id).containsExactly(
                "youtube:Au1dI0oNlY_",
                "youtube:Rl4sT5uV6wX", "youtube:Xk3v9QmP2aA", "youtube:Bc7dE8fG9hI",
                "vimeo:661234567",
                "youtube:Pl1aY2lI3sT", "twitter:1478699551412338689", "youtube:Pl4aY5lI6sT", "youtube:Fl7aT8eN9tR");
        assertThat(ctx.skippedRecords()).extracting(BasicImportContext.Report::message)
                .containsExactly("upload_date '20220231' is not a valid date", "entry is null (yt-dlp could not extract this video)");
    }

    @Test
    void jsonLinesAreReadAndARepeatedVideoIsSkippedAsDuplicate() throws Exception {
        copy("ytdlp", root);
        BasicImportContext ctx = context(root);

        List<EvidenceItem> items = read(root.resolve("ytdlp/lines/dump.jsonl"), ctx);

        assertThat(items).extracting(EvidenceItem::id).containsExactly("youtube:Bc7dE8fG9hI");
        assertThat(ctx.skippedRecords()).singleElement().satisfies(r -> {
            assertThat(r.locator()).isEqualTo("line 2");
            assertThat(r.message()).isEqualTo("duplicate of youtube:Bc7dE8fG9hI, already imported from ytdlp/lines/dump.jsonl at /");
        });
    }

    @Test
    void missingSourceIsUnreadable() {
        assertThatThrownBy(() -> read(root.resolve("nothing.info.json"), context(root)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.category()).isEqualTo(ImportException.Category.UNREADABLE));
    }
}
