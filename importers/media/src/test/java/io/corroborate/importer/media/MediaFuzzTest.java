package io.corroborate.importer.media;

import io.corroborate.testing.Fuzz;
import io.corroborate.testing.JsonFuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded mutation fuzzing (docs/security.md). A damaged photo or video is still an item, so its
 * record "ends" at byte 0: every round must import it. In ExifTool JSON every object ending before
 * the damage must be imported.
 */
class MediaFuzzTest {
    @TempDir
    Path work;

    @Test
    void jpegSurvivesMutations() {
        Fuzz.Sample sample = new Fuzz.Sample("media/f.jpg", MediaHarness.almatyJpeg(), List.of(new Fuzz.Record("media:media/f.jpg", 0)), false);
        Fuzz.Report report = Fuzz.of(new MediaImporter()).run(sample, work.resolve("jpeg"), 5012022L, 1500);
        assertThat(report.rounds()).isGreaterThanOrEqualTo(1500);
        assertThat(report.items()).isEqualTo(report.rounds());
    }

    @Test
    void videoSurvivesMutations() {
        byte[] mov = new IsoBuilder().quickTime().created(Instant.parse("2022-01-05T09:14:03Z")).xyz("+43.2389+076.9455/")
                .key("com.apple.quicktime.creationdate", "2022-01-05T15:14:03+0600")
                .key("com.apple.quicktime.location.ISO6709", "+43.2390+076.9456/").build();
        Fuzz.Sample sample = new Fuzz.Sample("media/v.mov", mov, List.of(new Fuzz.Record("media:media/v.mov", 0)), false);
        Fuzz.Report report = Fuzz.of(new MediaImporter()).run(sample, work.resolve("mov"), 6012022L, 1500);
        assertThat(report.rounds()).isGreaterThanOrEqualTo(1500);
        assertThat(report.items()).isEqualTo(report.rounds());
    }

    @Test
    void exifToolJsonSurvivesMutations() throws Exception {
        String text;
        try (InputStream in = MediaFuzzTest.class.getResourceAsStream("/exiftool/g0-formatted.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> ids = List.of("media:media/DSC_0041.JPG", "media:media/VID_20220105_151200.mp4", "media:media/old_phone.3gp");
        Fuzz.Sample sample = Fuzz.Sample.withRecordsEndingAt("report.json", text, ids,
                id -> "\"SourceFile\": \"" + id.substring("media:".length()) + "\"", "}");
        Fuzz.Report report = Fuzz.of(new MediaImporter()).run(sample, work.resolve("json"), 7012022L, 1200);
        assertThat(report.items()).isGreaterThan(report.rounds());
    }

    @Test
    void exifToolValuesOfOtherTypesNeverEscapeAsAnythingButImportErrors() throws Exception {
        byte[] json;
        try (InputStream in = MediaFuzzTest.class.getResourceAsStream("/exiftool/g0-formatted.json")) {
            json = in.readAllBytes();
        }
        Fuzz.Sample sample = new Fuzz.Sample("report.json", json, List.of(), false);

        Fuzz.Report report = JsonFuzz.run(Fuzz.of(new MediaImporter()), sample, work.resolve("types"), 5012022L, 500);

        assertThat(report.items()).isPositive();
    }
}
