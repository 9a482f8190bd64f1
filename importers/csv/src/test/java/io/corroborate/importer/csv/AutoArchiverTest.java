package io.corroborate.importer.csv;

import io.corroborate.model.EvidenceItem;
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

class AutoArchiverTest {
    private static final String SHA = "a3f5c0e1b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a6";

    @TempDir
    Path root;

    private Runs.Result run() throws IOException {
        return Runs.run(Runs.copy("auto-archiver", root), root, null, Map.of("preset", "auto-archiver"));
    }

    @Test
    void itemIdsComeFromTheLinksPlatform() throws IOException {
        Runs.Result r = run();

        assertThat(r.ids()).containsExactly("telegram:almatyinfo:1234", "twitter:1478685016341098498", "youtube:dQw4w9WgXcQ",
                "web:example.org/news/almaty?id=5");
        assertThat(r.item("twitter:1478685016341098498").platform()).isEqualTo(Platform.TWITTER);
        assertThat(r.item("web:example.org/news/almaty?id=5").platform()).isEqualTo(Platform.OTHER);
        assertThat(r.item("youtube:dQw4w9WgXcQ").url()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10");
    }

    @Test
    void theThumbnailFormulaGivesOnlyItsUrl() throws IOException {
        assertThat(run().item("telegram:almatyinfo:1234").media())
                .contains(MediaRef.of("thumbnail").withUrl("https://s3.example.org/aa/thumb-1234.jpg"));
    }

    @Test
    void theSha256HashBelongsToTheFirstArchiveLocation() throws IOException {
        assertThat(run().item("telegram:almatyinfo:1234").media()).containsExactly(
                MediaRef.of("archive").withUrl("https://s3.example.org/aa/almatyinfo-1234.html").withSha256(SHA),
                MediaRef.of("archive").withUrl("https://s3.example.org/aa/almatyinfo-1234.mp4"),
                MediaRef.of("thumbnail").withUrl("https://s3.example.org/aa/thumb-1234.jpg"),
                MediaRef.of("screenshot").withUrl("https://s3.example.org/aa/screenshot-1234.png"),
                MediaRef.of("wacz").withUrl("https://s3.example.org/aa/almatyinfo-1234.wacz"));
    }

    @Test
    void anotherHashAlgorithmIsNotTakenForASha256() throws IOException {
        assertThat(run().item("twitter:1478685016341098498").media()).noneMatch(m -> m.sha256() != null);
    }

    @Test
    void theUploadTimestampIsPublishedAsUtcWithTheCaveatInItsNote() throws IOException {
        Runs.Result r = run();

        assertThat(r.item("telegram:almatyinfo:1234").publishedAt()).isEqualTo(Instant.parse("2022-01-05T09:04:03Z"));
        assertThat(r.clue("youtube:dQw4w9WgXcQ/published").value()).isEqualTo("2022-01-05T15:30:00.250Z");
        assertThat(r.clue("telegram:almatyinfo:1234/published").note()).startsWith("warning: auto-archiver labels the upload timestamp UTC");
        assertThat(r.context().warnings()).hasSize(1);
    }

    @Test
    void theArchiveDateIsAnUpperBound() throws IOException {
        assertThat(run().clue("telegram:almatyinfo:1234/not-after").value()).isEqualTo("2022-01-20T10:00:00.123456Z");
    }

    @Test
    void aFormulaInTheTextIsKeptVerbatim() throws IOException {
        assertThat(run().item("twitter:1478685016341098498").text()).isEqualTo("=cmd|\" /C calc\"!A0");
    }

    @Test
    void aRowWhoseLinkIsNoUrlIsSkippedAndBlankRowsAreIgnored() throws IOException {
        assertThat(run().skipped()).containsExactly("auto-archiver/almaty-sheet.csv: line 7: link 'not a url' is not an http(s) URL");
    }

    @Test
    void renamedColumnsAreFoundThroughTheOptions() throws IOException {
        Path sheet = Files.createDirectories(root.resolve("renamed")).resolve("sheet.csv");
        Files.writeString(sheet, "Post URL,Status,When posted\nhttps://t.me/almatyinfo/99,telegram: success,2022-01-05T10:00:00+00:00\n");

        Runs.Result r = Runs.run(sheet, root, null,
                Map.of("preset", "auto-archiver", "url-column", "post url", "timestamp-column", "When Posted", "status-column", "status"));

        EvidenceItem i = r.item("telegram:almatyinfo:99");
        assertThat(i.publishedAt()).isEqualTo(Instant.parse("2022-01-05T10:00:00Z"));
        assertThat(r.context().warnings()).noneMatch(w -> w.toString().contains("option"));
    }
}
