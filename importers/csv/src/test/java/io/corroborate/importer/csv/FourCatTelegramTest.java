package io.corroborate.importer.csv;

import io.corroborate.model.Author;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Hashes;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FourCatTelegramTest {
    @TempDir
    Path root;

    private Runs.Result run() throws IOException {
        return Runs.run(Runs.copy("4cat", root).resolve("telegram-almatyinfo.csv"), root, null, Map.of("preset", "4cat-telegram"));
    }

    @Test
    void messagesGetTheTelegramImportersIdsAndUrls() throws IOException {
        Runs.Result r = run();

        assertThat(r.ids()).containsExactly("telegram:almatyinfo:1234", "telegram:almatyinfo:1235", "telegram:almatyinfo:1236",
                "telegram:almatyinfo:1237");
        EvidenceItem i = r.item("telegram:almatyinfo:1234");
        assertThat(i.platform()).isEqualTo(Platform.TELEGRAM);
        assertThat(i.url()).isEqualTo("https://t.me/almatyinfo/1234");
        assertThat(i.text()).isEqualTo("Стрельба на площади Республики, люди бегут");
        assertThat(i.author()).isEqualTo(new Author("1001234567", "almatyinfo"));
        assertThat(i.kind()).isEqualTo(ItemKind.VIDEO);
    }

    @Test
    void theUnixTimestampIsTheTimeAndTheServerLocalTimestampIsIgnored() throws IOException {
        Runs.Result r = run();

        assertThat(r.item("telegram:almatyinfo:1234").publishedAt()).isEqualTo(Instant.parse("2022-01-05T09:04:03Z"));
        assertThat(r.clue("telegram:almatyinfo:1234/published").value()).isEqualTo("2022-01-05T09:04:03Z");
        assertThat(r.clue("telegram:almatyinfo:1234/published").statedBy()).isEqualTo("csv");
    }

    @Test
    void aForwardNamesTheOriginalAndBoundsTheTimeByTheOriginalsDate() throws IOException {
        Runs.Result r = run();
        EvidenceItem i = r.item("telegram:almatyinfo:1236");

        assertThat(i.forwardedFrom()).isEqualTo(new Author("1099999999", "orda_kz"));
        assertThat(r.clue("telegram:almatyinfo:1236/not-after").value()).isEqualTo("2022-01-05T08:55:00Z");
        assertThat(i.editedAt()).isEqualTo(Instant.parse("2022-01-05T11:02:10Z"));
        assertThat(r.clue("telegram:almatyinfo:1236/edited").value()).isEqualTo("2022-01-05T11:02:10Z");
        assertThat(i.links()).containsExactly("https://orda.kz/news/123");
        assertThat(i.media()).isEmpty();
    }

    @Test
    void anAttachmentFileNextToTheSheetIsHashed() throws IOException {
        Runs.Result r = run();
        MediaRef m = r.item("telegram:almatyinfo:1235").media().get(0);

        assertThat(m.type()).isEqualTo("photo");
        assertThat(m.path()).isEqualTo("4cat/almatyinfo-1235.jpeg");
        assertThat(m.sha256()).isEqualTo(Hashes.sha256(Files.readAllBytes(root.resolve("4cat/almatyinfo-1235.jpeg"))));
        assertThat(m.sizeBytes()).isEqualTo(22L);
    }

    @Test
    void aRowWhoseIdIsNotChatDashMessageIsSkippedWithItsLine() throws IOException {
        assertThat(run().skipped()).containsExactly("4cat/telegram-almatyinfo.csv: line 5: id 'almatyinfo-abc' is not <chat>-<message id>");
    }

    @Test
    void anAttachmentNameLeavingTheCaseFolderIsRefusedButTheMessageKept() throws IOException {
        Runs.Result r = run();

        assertThat(r.item("telegram:almatyinfo:1237").media()).containsExactly(MediaRef.of("photo"));
        assertThat(r.context().warnings()).anySatisfy(w -> assertThat(w.toString()).contains("line 6", "../../../../etc/passwd", "leaves the case folder"));
    }
}
