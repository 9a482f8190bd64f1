package io.corroborate.importer.facebook;

import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.spi.BasicImportContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.corroborate.importer.facebook.TestCases.clue;
import static io.corroborate.importer.facebook.TestCases.context;
import static io.corroborate.importer.facebook.TestCases.copy;
import static io.corroborate.importer.facebook.TestCases.item;
import static io.corroborate.importer.facebook.TestCases.read;
import static org.assertj.core.api.Assertions.assertThat;

class CrowdTangleCsvTest {
    private static final String EXPORT = "crowdtangle/2022-01-10-11-40-00-EST-search-results.csv";
    private static final String EST_ROW = "facebook:100064123456789:1641391392";

    @TempDir
    Path root;

    private List<EvidenceItem> export(BasicImportContext ctx) throws Exception {
        copy("crowdtangle", root);
        return read(root.resolve(EXPORT), ctx);
    }

    @Test
    void rowsWithAZoneTokenBecomeItemsAndTheZonelessOneIsSkipped() throws Exception {
        BasicImportContext ctx = context(root);

        List<EvidenceItem> items = export(ctx);

        assertThat(items).extracting(EvidenceItem::id).containsExactly(EST_ROW, "facebook:100069876543210:1641402600",
                "facebook:100064123456789:1641438000", "facebook:100064123456789:1641441600");
        assertThat(ctx.skippedRecords()).singleElement().satisfies(r -> {
            assertThat(r.locator()).isEqualTo("line 6");
            assertThat(r.message()).contains("'2022-01-06 04:00:00' has no time zone");
        });
    }

    @Test
    void estTokenIsConvertedToUtc() throws Exception {
        EvidenceItem v = item(export(context(root)), EST_ROW);

        assertThat(v.publishedAt()).isEqualTo(Instant.parse("2022-01-05T14:03:12Z"));
        assertThat(clue(v, EST_ROW + "/published").value()).isEqualTo("2022-01-05T14:03:12Z");
        assertThat(clue(v, EST_ROW + "/published").note()).isEqualTo("CrowdTangle Post Created '2022-01-05 09:03:12 EST'");
    }

    @Test
    void numericOffsetsAndUtcAreConverted() throws Exception {
        List<EvidenceItem> items = export(context(root));

        assertThat(item(items, "facebook:100069876543210:1641402600").publishedAt()).isEqualTo(Instant.parse("2022-01-05T17:10:00Z"));
        assertThat(item(items, "facebook:100064123456789:1641438000").publishedAt()).isEqualTo(Instant.parse("2022-01-06T03:00:00Z"));
        assertThat(item(items, "facebook:100064123456789:1641441600").publishedAt()).isEqualTo(Instant.parse("2022-01-06T04:00:00Z"));
    }

    @Test
    void zonelessRowUsesTheSourceZoneWhenGiven() throws Exception {
        List<EvidenceItem> items = export(context(root, ZoneId.of("Asia/Almaty"), Map.of()));

        assertThat(item(items, "facebook:100064123456789:1641420000").publishedAt()).isEqualTo(Instant.parse("2022-01-05T22:00:00Z"));
    }

    @Test
    void pageBecomesTheAuthorAndUrlMessageAndLinksAreKept() throws Exception {
        List<EvidenceItem> items = export(context(root));
        EvidenceItem v = item(items, EST_ROW);
        EvidenceItem link = item(items, "facebook:100064123456789:1641438000");

        assertThat(v.author().id()).isEqualTo("100064123456789");
        assertThat(v.author().name()).isEqualTo("Vlast.kz");
        assertThat(v.url()).isEqualTo("https://www.facebook.com/vlastkz/posts/4567890123456789");
        assertThat(v.text()).isEqualTo("Стрельба на площади Республики. Республика алаңы, Алматы.");
        assertThat(link.links()).containsExactly("https://vlast.kz/novosti/48123-almaty.html?utm_source=facebook",
                "https://vlast.kz/novosti/48123-almaty.html");
        assertThat(link.kind()).isEqualTo(ItemKind.TEXT);
        assertThat(link.media()).isEmpty();
    }

    @Test
    void typeGivesTheKindAndVideoLengthTheDuration() throws Exception {
        List<EvidenceItem> items = export(context(root));

        assertThat(item(items, EST_ROW).kind()).isEqualTo(ItemKind.VIDEO);
        assertThat(item(items, EST_ROW).media()).containsExactly(MediaRef.of("video").withDurationSeconds(83.0).withExported(false));
        assertThat(item(items, "facebook:100064123456789:1641441600").media().get(0).durationSeconds()).isEqualTo(3723.0);
        assertThat(item(items, "facebook:100069876543210:1641402600").kind()).isEqualTo(ItemKind.PHOTO);
    }

    @Test
    void quotedMultiLineMessageIsOneRecord() throws Exception {
        EvidenceItem photo = item(export(context(root)), "facebook:100069876543210:1641402600");

        assertThat(photo.text()).isEqualTo("Ночь на 6 января.\nАкимат горит.");
        assertThat(photo.provenance().locator()).isEqualTo("line 3");
    }

    @Test
    void reorderedAndRecasedColumnsAreReadByName() throws Exception {
        copy("crowdtangle", root);

        List<EvidenceItem> items = read(root.resolve("crowdtangle/reordered.csv"), context(root));

        // two posts of one page in the same second: the second gets :2
        assertThat(items).extracting(EvidenceItem::id).containsExactly("facebook:100069876543210:1641369720",
                "facebook:100069876543210:1641369720:2");
        EvidenceItem first = items.get(0);
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2022-01-05T08:02:00Z"));
        assertThat(first.text()).isEqualTo("Колонна на проспекте Абая");
        assertThat(first.author().name()).isEqualTo("Orda.kz");
        assertThat(first.media().get(0).durationSeconds()).isEqualTo(45.0);
        assertThat(items.get(1).kind()).isEqualTo(ItemKind.TEXT);
    }

    @Test
    void csvIsRecognisedByContentWithoutExtension() throws Exception {
        copy("crowdtangle", root);
        Path renamed = Files.copy(root.resolve("crowdtangle/reordered.csv"), root.resolve("crowdtangle/download"));

        assertThat(read(renamed, context(root))).hasSize(2);
        assertThat(FacebookImporter.isCsv(renamed)).isTrue();
    }
}
