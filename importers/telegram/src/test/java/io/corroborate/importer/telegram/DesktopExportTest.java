package io.corroborate.importer.telegram;

import io.corroborate.model.Author;
import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Telegram Desktop's result.json: both shapes, both date forms, text, media, the writer's defects. */
class DesktopExportTest {
    @TempDir
    Path root;

    private List<EvidenceItem> single(BasicImportContext context) throws Exception {
        return Cases.read(Cases.copy("single", root).resolve("result.json"), context);
    }

    @Test
    void singleChatMessagesGetIdsOfChatAndMessageAndUtcTimesFromDateUnixtime() throws Exception {
        List<EvidenceItem> items = single(Cases.context(root));

        assertThat(items).extracting(EvidenceItem::id).containsExactly(
                "telegram:1234567890:2", "telegram:1234567890:3", "telegram:1234567890:4", "telegram:1234567890:5",
                "telegram:1234567890:6", "telegram:1234567890:7", "telegram:1234567890:8", "telegram:1234567890:9");
        EvidenceItem first = items.get(0);
        assertThat(first.platform()).isEqualTo(Platform.TELEGRAM);
        assertThat(first.kind()).isEqualTo(ItemKind.TEXT);
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2022-01-05T09:12:44Z"));
        assertThat(first.text()).isEqualTo("Площадь Республики, стрельба");
        assertThat(first.author()).isEqualTo(new Author("channel1234567890", "Almaty Live"));
        assertThat(first.provenance().importer()).isEqualTo("telegram");
        assertThat(first.provenance().source()).isEqualTo("single/result.json");
        assertThat(first.provenance().locator()).isEqualTo("/messages/1");
        assertThat(first.provenance().importedAt()).isEqualTo(Cases.IMPORTED_AT);
    }

    @Test
    void everyItemCarriesAPublishedClueWithTheUtcInstant() throws Exception {
        EvidenceItem item = Cases.item(single(Cases.context(root)), "telegram:1234567890:2");

        assertThat(item.clues()).contains(new Clue("telegram:1234567890:2/published", "telegram:1234567890:2", "published",
                "2022-01-05T09:12:44Z", null, null, "telegram"));
    }

    @Test
    void serviceMessagesAreLeftOutAndCountedAndUnsupportedOnesAreSkipped() throws Exception {
        BasicImportContext context = Cases.context(root);
        single(context);

        assertThat(context.ignoredRecords()).singleElement().satisfies(r -> {
            assertThat(r.locator()).isEqualTo("/messages/0");
            assertThat(r.message()).contains("message 1").contains("service");
        });
        assertThat(context.skippedRecords()).singleElement().satisfies(r -> {
            assertThat(r.locator()).isEqualTo("/messages/9");
            assertThat(r.message()).contains("message 10").contains("unsupported");
        });
    }

    @Test
    void entityArrayTextIsFlattenedAndItsLinksBecomeItemLinks() throws Exception {
        EvidenceItem item = Cases.item(single(Cases.context(root)), "telegram:1234567890:3");

        assertThat(item.text()).isEqualTo("Видео с места, подробнее: https://t.me/almaty_news/77 #Алматы");
        assertThat(item.links()).containsExactly("https://example.org/almaty/video", "https://t.me/almaty_news/77");
    }

    @Test
    void aVideoInTheExportGetsItsCaseRelativePathAndSha256() throws Exception {
        EvidenceItem item = Cases.item(single(Cases.context(root)), "telegram:1234567890:4");

        assertThat(item.kind()).isEqualTo(ItemKind.VIDEO);
        assertThat(item.media()).containsExactly(new MediaRef("video", "single/video_files/IMG_0412.MP4", null,
                "e3287934e43bf68ac8146f5cf7bc2585c231bd7dedc70b4f34521778cb592ed6", 55L, 38.0, 1280, 720, "video/mp4", null, true));
    }

    @Test
    void aFileNotIncludedNoteIsRecordedAsMediaNotExported() throws Exception {
        EvidenceItem item = Cases.item(single(Cases.context(root)), "telegram:1234567890:5");

        assertThat(item.kind()).isEqualTo(ItemKind.PHOTO);
        assertThat(item.text()).isNull();
        assertThat(item.media()).containsExactly(MediaRef.of("photo").withSize(1280, 960).withExported(false));
    }

    @Test
    void aMissingMediaFileIsWarnedAboutAndTheItemKept() throws Exception {
        BasicImportContext context = Cases.context(root);
        EvidenceItem item = Cases.item(single(context), "telegram:1234567890:9");

        assertThat(item.kind()).isEqualTo(ItemKind.VIDEO);
        assertThat(item.media()).singleElement().satisfies(m -> {
            assertThat(m.path()).isNull();
            assertThat(m.sha256()).isNull();
            assertThat(m.exported()).isTrue();
            assertThat(m.durationSeconds()).isEqualTo(12.0);
        });
        assertThat(context.warnings()).anySatisfy(w -> {
            assertThat(w.locator()).isEqualTo("/messages/8");
            assertThat(w.message()).contains("message 9").contains("video_files/round_9.mp4").contains("missing");
        });
    }

    @Test
    void editedUnixtimeBecomesTheEditTimeAndAnEditedClue() throws Exception {
        EvidenceItem item = Cases.item(single(Cases.context(root)), "telegram:1234567890:6");

        assertThat(item.editedAt()).isEqualTo(Instant.parse("2022-01-05T10:05:00Z"));
        assertThat(item.clues()).filteredOn(c -> c.kind().equals("edited")).singleElement()
                .satisfies(c -> {
                    assertThat(c.id()).isEqualTo("telegram:1234567890:6/edited");
                    assertThat(c.value()).isEqualTo("2022-01-05T10:05:00Z");
                });
    }

    @Test
    void forwardedFromIsTheOriginalAuthorsNameAndNoRepostOfIsGuessed() throws Exception {
        EvidenceItem item = Cases.item(single(Cases.context(root)), "telegram:1234567890:7");

        assertThat(item.forwardedFrom()).isEqualTo(new Author(null, "Orda.kz"));
        assertThat(item.repostOf()).isNull();
        assertThat(item.media()).singleElement().satisfies(m -> {
            assertThat(m.path()).isEqualTo("single/photos/photo_7@05-01-2022_16-40-12.jpg");
            assertThat(m.sha256()).isEqualTo("8a438c7a8bd3eaabba584cf7919c325380abe6672e9215f3e086fe6a8ba78e04");
        });
    }

    @Test
    void newerExportsGiveTheForwardedAuthorsPeerIdEvenWhenTheNameIsHidden() throws Exception {
        Path file = root.resolve("result.json");
        Files.writeString(file, """
                {"name": "C", "type": "public_channel", "id": 5, "messages": [
                 {"id": 1, "type": "message", "date_unixtime": "1641373964", "from": "C", "from_id": "channel5",
                  "forwarded_from": "Orda.kz", "forwarded_from_id": "channel1234567", "text": "a"},
                 {"id": 2, "type": "message", "date_unixtime": "1641373965", "from": "C", "from_id": "channel5",
                  "forwarded_from": null, "forwarded_from_id": "user1005", "text": "b"},
                 {"id": 3, "type": "message", "date_unixtime": "1641373966", "from": "C", "from_id": "channel5",
                  "forwarded_from": "Someone", "forwarded_from_id": "../../etc/passwd", "text": "c"}
                ]}""", StandardCharsets.UTF_8);

        assertThat(Cases.read(file, Cases.context(root))).extracting(EvidenceItem::forwardedFrom).containsExactly(
                new Author("channel1234567", "Orda.kz"), new Author("user1005", null), new Author(null, "Someone"));
    }

    @Test
    void locationInformationBecomesAPlaceClue() throws Exception {
        EvidenceItem item = Cases.item(single(Cases.context(root)), "telegram:1234567890:8");

        assertThat(item.clues()).filteredOn(c -> c.kind().equals("place")).singleElement()
                .satisfies(c -> {
                    assertThat(c.id()).isEqualTo("telegram:1234567890:8/place");
                    assertThat(c.value()).isEqualTo("43.238949,76.945465");
                });
    }

    @Test
    void withoutAUsernameAChannelMessageGetsATgPrivatePostLocator() throws Exception {
        EvidenceItem item = Cases.item(single(Cases.context(root)), "telegram:1234567890:2");

        assertThat(item.url()).isEqualTo("tg://privatepost?channel=1234567890&post=2");
    }

    @Test
    void theUsernameOptionNamesItemsAndGivesTmeUrls() throws Exception {
        List<EvidenceItem> items = single(Cases.context(root, null, Map.of("username", "@Almaty_Live")));

        EvidenceItem item = Cases.item(items, "telegram:almaty_live:2");
        assertThat(item.url()).isEqualTo("https://t.me/almaty_live/2");
        assertThat(item.clues()).extracting(Clue::id).contains("telegram:almaty_live:2/published");
    }

    @Test
    void aFolderHoldingResultJsonIsReadAsTheExport() throws Exception {
        List<EvidenceItem> items = Cases.read(Cases.copy("single", root), Cases.context(root));

        assertThat(items).hasSize(8);
    }

    @Test
    void aFullAccountExportMakesEachChatItsOwnAuthorAndIgnoresPersonalData() throws Exception {
        BasicImportContext context = Cases.context(root);
        List<EvidenceItem> items = Cases.read(Cases.copy("account", root).resolve("result.json"), context);

        assertThat(items).extracting(EvidenceItem::id)
                .containsExactly("telegram:1234567890:101", "telegram:700700:4", "telegram:987654321:55");
        assertThat(items).extracting(EvidenceItem::author).containsExactly(
                new Author("channel1234567890", "Almaty Live"),
                new Author("user42424242", "Aigerim"),
                new Author("channel987654321", "Qaz Channel"));
        assertThat(items.get(1).url()).as("a basic group has no public link: Telegram's own locator by chat id")
                .isEqualTo("tg://openmessage?chat_id=700700&message_id=4");
        assertThat(items.get(2).provenance().locator()).isEqualTo("/left_chats/list/0/messages/0");
        assertThat(context.skippedRecords()).isEmpty();
        assertThat(context.ignoredRecords()).singleElement()
                .satisfies(r -> assertThat(r.locator()).isEqualTo("/chats/list/1/messages/0"));
    }

    @Test
    void theUsernamesOptionNamesChatsOfAFullAccountExportByChatId() throws Exception {
        List<EvidenceItem> items = Cases.read(Cases.copy("account", root).resolve("result.json"),
                Cases.context(root, null, Map.of("usernames", "1234567890=almaty_live, -100987654321=https://t.me/QazChannel")));

        assertThat(items).extracting(EvidenceItem::id)
                .containsExactly("telegram:almaty_live:101", "telegram:700700:4", "telegram:qazchannel:55");
        assertThat(items.get(2).url()).isEqualTo("https://t.me/qazchannel/55");
    }

    @Test
    void aLocalDateWithoutSourceZoneIsSkippedWithAWarningNamingTheMessage() throws Exception {
        BasicImportContext context = Cases.context(root);
        List<EvidenceItem> items = Cases.read(Cases.copy("old", root).resolve("result.json"), context);

        assertThat(items).isEmpty();
        assertThat(context.skippedRecords()).hasSize(2);
        assertThat(context.skippedRecords().get(0).message()).contains("message 20").contains("timezone");
    }

    @Test
    void aLocalDateIsReadInTheSourceZoneWhenOneIsGiven() throws Exception {
        List<EvidenceItem> items = Cases.read(Cases.copy("old", root).resolve("result.json"),
                Cases.context(root, ZoneId.of("Asia/Almaty"), Map.of()));

        assertThat(items).extracting(EvidenceItem::publishedAt)
                .containsExactly(Instant.parse("2022-01-05T09:12:44Z"), Instant.parse("2022-01-05T09:14:03Z"));
        assertThat(items.get(0).clues()).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2022-01-05T09:12:44Z");
            assertThat(c.note()).contains("Asia/Almaty");
        });
        // old exports wrote the channel's own id as a bare number: still the channel, the same author as in a current export
        assertThat(items.get(0).author()).isEqualTo(new Author("channel1234567890", "Almaty Live"));
        assertThat(items.get(1).editedAt()).isEqualTo(Instant.parse("2022-01-05T09:20:10Z"));
        assertThat(items.get(1).links()).containsExactly("https://example.org/a");
    }

    @Test
    void aLocalDateInARepeatedHourBecomesAnIntervalOfBothReadings() throws Exception {
        Path file = root.resolve("result.json");
        Files.writeString(file, """
                {"name": "Berlin", "type": "public_channel", "id": 5, "messages": [
                 {"id": 1, "type": "message", "date": "2021-10-31T02:30:00", "text": "in the repeated hour"}
                ]}""", StandardCharsets.UTF_8);

        List<EvidenceItem> items = Cases.read(file, Cases.context(root, ZoneId.of("Europe/Berlin"), Map.of()));

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.publishedAt()).isEqualTo(Instant.parse("2021-10-31T00:30:00Z"));
            assertThat(i.clues().get(0).value()).isEqualTo("2021-10-31T00:30:00Z/2021-10-31T01:30:00Z");
        });
    }

    @Test
    void theWritersDefectsAreRepairedWithWarningsAndNoMessageIsLost() throws Exception {
        BasicImportContext context = Cases.context(root);
        List<EvidenceItem> items = Cases.read(Cases.copy("defects", root).resolve("result.json"), context);

        assertThat(items).extracting(EvidenceItem::id)
                .containsExactly("telegram:1234567890:30", "telegram:1234567890:31", "telegram:1234567890:32", "telegram:1234567890:33");
        assertThat(items.get(0).text()).isEqualTo("page one\u000Cpage two");
        assertThat(items.get(1).text()).isEqualTo("bell\\x07 and \u000C form feed");
        assertThat(items.get(2).text()).isEqualTo("\uD83D\uDE2E смотрите");
        assertThat(context.warnings()).extracting(BasicImportContext.Report::message)
                .anySatisfy(m -> assertThat(m).contains("2 raw control character"))
                .anySatisfy(m -> assertThat(m).contains("2 \\xHH escape"))
                .anySatisfy(m -> assertThat(m).contains("2 unquoted document_id"));
    }

    @Test
    void anErrorAfterARepairNamesTheByteOffsetInTheFileNotInTheRepairedStream() throws Exception {
        Path file = Cases.copy("defects", root).resolve("result.json");
        byte[] bytes = Files.readAllBytes(file);
        int cut = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"id\": 33") + 40;
        Files.write(file, java.util.Arrays.copyOf(bytes, cut));

        List<EvidenceItem> items = new java.util.ArrayList<>();
        assertThatThrownBy(() -> new TelegramImporter().read(file, Cases.context(root), items::add))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.category()).isEqualTo(ImportException.Category.TRUNCATED);
                    assertThat(e.locator()).startsWith("byte " + cut + " ");
                });
        assertThat(items).hasSize(3);
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        Path file = root.resolve("result.json");
        byte[] json = """
                {"name": "C", "type": "public_channel", "id": 5, "messages": [
                 {"id": 1, "type": "message", "date": "2022-01-05T15:12:44", "date_unixtime": "1641373964", "text": "с BOM"}
                ]}""".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Files.write(file, withBom);

        assertThat(Cases.read(file, Cases.context(root))).extracting(EvidenceItem::text).containsExactly("с BOM");
    }

    @Test
    void aChatWithoutIdSkipsItsMessagesInOneReport() throws Exception {
        Path file = root.resolve("result.json");
        Files.writeString(file, """
                {"name": "No id", "type": "public_channel", "messages": [
                 {"id": 1, "type": "message", "date_unixtime": "1641373964", "text": "a"}
                ]}""", StandardCharsets.UTF_8);
        BasicImportContext context = Cases.context(root);

        assertThat(Cases.read(file, context)).isEmpty();
        assertThat(context.skippedRecords()).singleElement().satisfies(r -> assertThat(r.message()).contains("no id"));
    }

    @Test
    void aDamagedDateUnixtimeIsWarnedAboutAndTheLocalDateReadInstead() throws Exception {
        Path file = root.resolve("result.json");
        Files.writeString(file, """
                {"name": "C", "type": "public_channel", "id": 5, "messages": [
                 {"id": 1, "type": "message", "date": "2022-01-05T15:12:44", "date_unixtime": "16413739x4", "text": "a"}
                ]}""", StandardCharsets.UTF_8);
        BasicImportContext context = Cases.context(root, ZoneId.of("Asia/Almaty"), Map.of());

        assertThat(Cases.read(file, context)).extracting(EvidenceItem::publishedAt).containsExactly(Instant.parse("2022-01-05T09:12:44Z"));
        assertThat(context.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("message 1: date_unixtime is not an epoch"));
    }

    @Test
    void anInvalidUsernameOptionIsRejectedBeforeReading() {
        Path file = Cases.copy("single", root).resolve("result.json");

        assertThatThrownBy(() -> Cases.read(file, Cases.context(root, null, Map.of("username", "almaty live!"))))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getMessage()).contains("option username"));
    }
}
