package io.corroborate.importer.telegram;

import io.corroborate.model.Author;
import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.spi.BasicImportContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Telethon JSON / JSON Lines dumps and 4CAT's NDJSON, recognised by content in the same importer. */
class TelethonDumpTest {
    @TempDir
    Path root;

    private List<EvidenceItem> jsonLines(Map<String, String> options) throws Exception {
        return Cases.read(Cases.copy("telethon", root).resolve("messages.jsonl"), Cases.context(root, null, options));
    }

    @Test
    void messagesAreNamedByChannelIdAndTimedByTheirIsoDateWithOffset() throws Exception {
        EvidenceItem item = Cases.item(jsonLines(Map.of()), "telegram:1555000111:77");

        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2022-01-05T09:14:03Z"));
        assertThat(item.url()).isEqualTo("tg://privatepost?channel=1555000111&post=77");
        assertThat(item.author()).isEqualTo(new Author("channel1555000111", null));
        assertThat(item.provenance().locator()).isEqualTo("line 1");
        assertThat(item.editedAt()).isEqualTo(Instant.parse("2022-01-05T09:20:10Z"));
    }

    @Test
    void urlEntitiesPointIntoTheTextAndBecomeLinks() throws Exception {
        EvidenceItem item = Cases.item(jsonLines(Map.of()), "telegram:1555000111:77");

        assertThat(item.text()).isEqualTo("Видео: https://example.org/v/1 и отчёт");
        assertThat(item.links()).containsExactly("https://example.org/v/1");
    }

    @Test
    void aDocumentWithAVideoAttributeIsAVideoWithTheDocumentIdAsMediaId() throws Exception {
        EvidenceItem item = Cases.item(jsonLines(Map.of()), "telegram:1555000111:77");

        assertThat(item.kind()).isEqualTo(ItemKind.VIDEO);
        assertThat(item.media()).containsExactly(new MediaRef("video", null, null, null, 10485760L, 38.0, 1280, 720,
                "video/mp4", "5368324170671202286", null));
    }

    @Test
    void aForwardFromAChannelSetsRepostOfAndANotAfterClueFromTheOriginalsDate() throws Exception {
        EvidenceItem item = Cases.item(jsonLines(Map.of()), "telegram:1555000111:79");

        assertThat(item.repostOf()).isEqualTo("telegram:1234567890:6");
        assertThat(item.forwardedFrom()).isEqualTo(new Author("channel1234567890", null));
        assertThat(item.clues()).contains(new Clue("telegram:1555000111:79/not-after", "telegram:1555000111:79", "not-after",
                "2022-01-05T10:02:17Z", null, "the forwarded original was posted then", "telegram"));
        assertThat(item.kind()).isEqualTo(ItemKind.PHOTO);
        assertThat(item.media()).containsExactly(MediaRef.of("photo").withMediaId("5291234567890123456"));
        assertThat(item.links()).containsExactly("https://example.org/fire");
    }

    @Test
    void theUsernamesOptionNamesTheForwardedOriginalWithTheSameIdSchemeAsItsOwnExport() throws Exception {
        EvidenceItem item = Cases.item(jsonLines(Map.of("usernames", "1234567890=almaty_live", "username", "qazaqreports")),
                "telegram:qazaqreports:79");

        assertThat(item.repostOf()).isEqualTo("telegram:almaty_live:6");
        assertThat(item.url()).isEqualTo("https://t.me/qazaqreports/79");
    }

    @Test
    void aForwardFromAUserHasANotAfterClueButNoRepostOf() throws Exception {
        EvidenceItem item = Cases.item(jsonLines(Map.of()), "telegram:1555000111:80");

        assertThat(item.repostOf()).isNull();
        assertThat(item.forwardedFrom()).isEqualTo(new Author("user42424242", null));
        assertThat(item.clues()).extracting(Clue::kind).containsExactly("published", "not-after", "place");
        assertThat(item.clues().get(2).value()).isEqualTo("43.238949,76.945465");
    }

    @Test
    void serviceMessagesAreLeftOutAndCounted() throws Exception {
        BasicImportContext context = Cases.context(root);
        List<EvidenceItem> items = Cases.read(Cases.copy("telethon", root).resolve("messages.jsonl"), context);

        assertThat(items).hasSize(3);
        assertThat(context.skippedRecords()).isEmpty();
        assertThat(context.ignoredRecords()).singleElement().satisfies(r -> {
            assertThat(r.locator()).isEqualTo("line 2");
            assertThat(r.message()).contains("message 78").contains("MessageService");
        });
    }

    @Test
    void aJsonArrayDumpReadsLikeTheJsonLinesDump() throws Exception {
        List<EvidenceItem> lines = jsonLines(Map.of());
        List<EvidenceItem> array = Cases.read(Cases.copy("telethon", root).resolve("messages.json"), Cases.context(root));

        assertThat(array).extracting(EvidenceItem::id).containsExactlyElementsOf(lines.stream().map(EvidenceItem::id).toList());
        assertThat(array).extracting(EvidenceItem::publishedAt).containsExactlyElementsOf(lines.stream().map(EvidenceItem::publishedAt).toList());
        assertThat(array.get(0).provenance().locator()).isEqualTo("/0");
    }

    @Test
    void fourCatNdjsonUsesEpochFloatsAndTheResolvedChatsUsernameAndTitle() throws Exception {
        List<EvidenceItem> items = Cases.read(Cases.copy("fourcat", root).resolve("telegram.ndjson"), Cases.context(root));

        assertThat(items).extracting(EvidenceItem::id).containsExactly("telegram:qazaqreports:501", "telegram:qazaqreports:502");
        EvidenceItem first = items.get(0);
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2022-01-05T09:14:03Z"));
        assertThat(first.author()).isEqualTo(new Author("channel1555000111", "Qazaq Reports"));
        assertThat(first.repostOf()).isEqualTo("telegram:1234567890:2");
        assertThat(first.clues()).extracting(Clue::value).containsExactly("2022-01-05T09:14:03Z", "2022-01-05T09:12:44Z");
        EvidenceItem second = items.get(1);
        assertThat(second.publishedAt()).isEqualTo(Instant.parse("2022-01-05T10:05:00.500Z"));
        assertThat(second.editedAt()).isEqualTo(Instant.parse("2022-01-05T10:10:00Z"));
        assertThat(second.media()).containsExactly(new MediaRef("video", null, null, null, 2048L, 12.5, 480, 480, "video/mp4",
                "5368324170671202299", null));
    }
}
